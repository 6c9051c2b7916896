package org.example.coop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedding guide cannot lie: every ```java and ```xml block of docs/embedding-MODULE.md is, line for
 * line (indentation aside), code of this project, which the invoker has just compiled and run.
 * (The same file is in each fresh project; the guide is named after the project.)
 */
class GuideSamplesTest {
    private static final Pattern BLOCK = Pattern.compile("```(java|xml)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void every_code_block_of_the_guide_is_code_of_this_project() throws IOException {
        String module = Path.of("").toAbsolutePath().getFileName().toString().replace("-embedding", "");
        Path guide = Path.of(System.getProperty("coop.docs"), "embedding-" + module + ".md");
        String project = normalize(projectText());
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(guide));
        while (m.find()) blocks.add(m.group(2));

        assertFalse(blocks.isEmpty(), guide + " has no code block");
        for (String block : blocks) {
            assertTrue(project.contains(normalize(block)), () -> guide + ": this block is not code of the project:\n" + block);
        }
    }

    @Test
    void the_core_readme_snippet_is_quoted_verbatim() throws IOException {
        Path source = Path.of("src/main/java/org/example/coop/CoreEmbedding.java");
        if (!Files.exists(source)) return;   // only the core project carries the README snippet
        String s = Files.readString(source);
        String body = s.substring(s.indexOf("// README:start") + "// README:start".length(), s.indexOf("// README:end"));
        assertTrue(normalize(Files.readString(Path.of(System.getProperty("coop.readme")))).contains(normalize(body)),
                "the README's embedding snippet differs from CoreEmbedding.java");
    }

    private static String projectText() throws IOException {
        StringBuilder all = new StringBuilder(Files.readString(Path.of("pom.xml")));
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                all.append('\n').append(Files.readString(p));
            }
        }
        return all.toString();
    }

    /** Lines stripped, blank lines and guide markers dropped; the version placeholder of the poms is the version. */
    private static String normalize(String text) {
        return text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("// guide:") && !l.startsWith("<!-- guide:"))
                .collect(Collectors.joining("\n"));
    }
}
