package org.coopkit.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example compiles (it is this module's code), runs, and is quoted verbatim. */
class EmbeddingExampleIT {
    @Test
    void the_embedding_example_runs_and_admits_member_number_one(@TempDir Path dir) {
        assertThat(EmbeddingExample.run(dir)).isEqualTo(1L);
    }

    @Test
    void the_readme_quotes_the_example_as_it_compiles(@TempDir Path unused) throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/coopkit/embedding/EmbeddingExample.java"));
        String body = source.substring(source.indexOf("// README:start") + "// README:start".length(), source.indexOf("        // README:end"));
        String readme = Files.readString(Path.of("../README.md"));
        String normalizedReadme = readme.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + "\n" + b);
        String normalizedBody = body.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(normalizedReadme).contains(normalizedBody);
    }
}
