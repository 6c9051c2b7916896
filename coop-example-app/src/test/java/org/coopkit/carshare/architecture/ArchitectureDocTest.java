package org.coopkit.carshare.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/architecture.md} tells a newcomer in which file each rule lives: every source file it names must
 * exist, so a move or a rename that forgets the map turns this test red.
 */
class ArchitectureDocTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path DOC = REPO.resolve("docs/architecture.md");
    /** Short prefixes of the doc, and the module whose {@code src/main/java/org/coopkit} they stand for. */
    private static final Map<String, String> MODULES = Map.of(
            "core", "coop-core", "governance", "coop-governance", "ledger", "coop-ledger",
            "carshare", "coop-example-app", "bench", "coop-bench");
    private static final Pattern SOURCE = Pattern.compile("`((core|governance|ledger|carshare|bench)/[\\w/]+\\.java)`");
    private static final Pattern DOCUMENT = Pattern.compile("`(docs/[\\w.-]+\\.md)`");

    @Test
    void every_source_file_the_map_names_exists() throws IOException {
        Set<String> named = matches(SOURCE);
        assertThat(named).as("source files named in docs/architecture.md").hasSizeGreaterThan(60);
        List<String> missing = named.stream().filter(s -> !Files.isRegularFile(source(s))).toList();
        assertThat(missing).as("named in docs/architecture.md but not in the tree").isEmpty();
    }

    @Test
    void every_document_the_map_names_exists() throws IOException {
        List<String> missing = matches(DOCUMENT).stream().filter(d -> !Files.isRegularFile(REPO.resolve(d))).toList();
        assertThat(missing).as("documents named in docs/architecture.md but missing").isEmpty();
    }

    @Test
    void the_map_covers_every_trust_rule_of_the_design() throws IOException {
        String doc = read();
        for (String rule : List.of("on disk", "One use case, one transaction", "never handed out twice",
                "grants themselves a role", "CSV cell", "byte for byte")) {
            assertThat(doc).as("docs/architecture.md places the trust rule '%s'", rule).contains(rule);
        }
    }

    static Path source(String shortPath) {
        String prefix = shortPath.substring(0, shortPath.indexOf('/'));
        return REPO.resolve(MODULES.get(prefix)).resolve("src/main/java/org/coopkit").resolve(shortPath);
    }

    private static Set<String> matches(Pattern p) throws IOException {
        Matcher m = p.matcher(read());
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) found.add(m.group(1));
        return found;
    }

    private static String read() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }
}
