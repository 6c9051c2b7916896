// The fresh project built offline, a ballot was voted on and tallied, and the governance API served.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('RequireUpperBoundDeps passed')
assert log =~ /adopted: true, yes 2, no 1, my tracking code \S+/
assert log.contains('decision applied: {"cars":13}')
assert log =~ /ballots API at http:\/\/[^\s]+\/api\/ballots/
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0/
assert !log.contains('ClassNotFoundException')
assert !log.contains('NoClassDefFoundError')
// the embedding guide quotes this project's code (one check for the three projects)
evaluate(new File(guideSamples))
