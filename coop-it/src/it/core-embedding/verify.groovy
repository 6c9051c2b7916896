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

// The fresh projects build offline: every POM coop-bom imports must be in the invoker's repository
// (coop-it/pom.xml, extraArtifacts), not only in the shared ~/.m2 of a machine that happens to have it.
def bom = new groovy.xml.XmlSlurper().parse(new File(coopBomPom))
def props = bom.properties.children().collectEntries { [(it.name()): it.text()] }
def imports = bom.dependencyManagement.dependencies.dependency.findAll { it.scope.text() == 'import' }
assert imports.size() > 0
imports.each { d ->
    def version = d.version.text().replaceAll(/\$\{([^}]+)}/) { all, name -> props[name] }
    def pom = new File(localRepositoryPath, "${d.groupId.text().replace('.', '/')}/${d.artifactId.text()}/${version}/${d.artifactId.text()}-${version}.pom")
    assert pom.isFile() : "coop-bom imports ${d.groupId.text()}:${d.artifactId.text()}:${version}, missing from ${localRepositoryPath}: add it to coop-it's extraArtifacts"
    // installed by invoker:install from the reactor (marker ">="), not fetched from the shared ~/.m2 during the offline build
    def marker = new File(pom.parentFile, '_remote.repositories')
    assert !marker.isFile() || marker.text.contains("${pom.name}>=") : "${pom.name} was fetched during the offline build, not installed by coop-it: add it to extraArtifacts"
}
// the embedding guide quotes this project's code (one check for the three projects)
evaluate(new File(guideSamples))
