// The fresh project built offline, entries were posted (once each) and reported, and the ledger API served.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('RequireUpperBoundDeps passed')
assert log.contains('balanced: true')
assert log =~ /512 Bank .*17\.60/
assert log =~ /ledger API at http:\/\/[^\s]+\/api\/ledger\/trial-balance/
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0/
assert !log.contains('ClassNotFoundException')
assert !log.contains('NoClassDefFoundError')
// the embedding guide quotes this project's code (one check for the three projects)
evaluate(new File(guideSamples))
