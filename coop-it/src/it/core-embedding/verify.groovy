// The fresh project built offline, its tests ran, and the README snippet served the members API.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('RequireUpperBoundDeps passed')
assert log =~ /members API at http:\/\/[^\s]+\/api\/members/
assert log.contains('first membership number: 1')
assert log.contains('decision d-1 adopted: {"gift":"keyring"}')
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0/
assert !log.contains('ClassNotFoundException')
assert !log.contains('NoClassDefFoundError')
return true
