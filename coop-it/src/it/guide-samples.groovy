// The embedding guide cannot lie: every ```java and ```xml block of docs/embedding-MODULE.md is, line for line
// (indentation aside), code of the fresh project the invoker has just compiled and run; and core's project quotes
// the README's embedding snippet verbatim. One check for the three projects: each verify.groovy evaluates this
// script with its own binding (basedir, and coopDocs and coopReadme from coop-it's scriptVariables).

// lines stripped, blank lines and guide markers dropped
def normalize = { String text ->
    text.readLines()*.strip().findAll { !it.isEmpty() && !it.startsWith('// guide:') && !it.startsWith('<!-- guide:') }.join('\n')
}

def module = basedir.name.replace('-embedding', '')
def guide = new File(coopDocs, "embedding-${module}.md")
def project = new StringBuilder(new File(basedir, 'pom.xml').text)
def sources = []
new File(basedir, 'src').eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.java')) sources << it }
sources.sort { it.path }.each { project.append('\n').append(it.text) }
def code = normalize(project.toString())

def blocks = (guide.text =~ /(?s)```(?:java|xml)\n(.*?)```/).collect { it[1] }
assert !blocks.isEmpty() : "${guide} has no code block"
blocks.each { block ->
    assert code.contains(normalize(block)) : "${guide}: this block is not code of the project:\n${block}"
}

def snippet = new File(basedir, 'src/main/java/org/example/coop/CoreEmbedding.java')
if (snippet.isFile()) {   // only the core project carries the README snippet
    def s = snippet.text
    def body = s.substring(s.indexOf('// README:start') + '// README:start'.length(), s.indexOf('// README:end'))
    assert normalize(new File(coopReadme).text).contains(normalize(body)) : "the README's embedding snippet differs from CoreEmbedding.java"
}
return true
