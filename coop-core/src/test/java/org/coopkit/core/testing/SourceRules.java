package org.coopkit.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Two rules of issue 16 shared by every module's architecture test: time comes from the injected
 * {@code Clock} (no wall-clock {@code now()} outside the composition root), and no source file under
 * {@code src/main} grows past {@value #MAX_LINES} lines (a ratchet: the files still above the limit
 * are listed with their size today, may only shrink, and leave the list once under it).
 */
public final class SourceRules {
    /** The longest a file under {@code src/main} may be. */
    public static final int MAX_LINES = 300;

    private SourceRules() {
    }

    /**
     * No call to the no-argument {@code now()} of {@code java.time} outside the given classes (the
     * composition root, which builds the one clock): a service that reads the wall clock cannot be
     * tested at another date and disagrees with the clock the rest of the app was given.
     *
     * @param rootPackage the module's root package ({@code "org.coopkit.core"})
     * @param compositionRoot fully qualified names of the classes allowed to read the wall clock
     * @return the rule, to check against the module's classes
     */
    public static ArchRule noWallClock(String rootPackage, String... compositionRoot) {
        return noClasses().that().resideInAPackage(rootPackage + "..")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not the composition root",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> {
                            for (String root : compositionRoot) {
                                if (c.getName().equals(root) || c.getName().startsWith(root + "$")) return false;
                            }
                            return true;
                        }))
                .should().callMethod(LocalDate.class, "now").orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now").orShould().callMethod(LocalTime.class, "now")
                .because("time comes from the injected Clock (issue 16): LocalDate.now(clock), Instant.now(clock)");
    }

    /**
     * Checks the 300-line ratchet on a module's {@code src/main/java}.
     *
     * @param module the module's directory ({@code Path.of("")} when run from it, as Maven does)
     * @param stillLong files (relative to {@code src/main/java}) above the limit today, with their line count
     * @throws AssertionError naming each file that is new above the limit, grew, or is listed but now short
     */
    public static void checkFileLengths(Path module, Map<String, Integer> stillLong) {
        Path src = module.resolve("src/main/java");
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                int lines;
                try (Stream<String> l = Files.lines(f)) {
                    lines = (int) l.count();
                }
                found.put(src.relativize(f).toString().replace('\\', '/'), lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        found.forEach((file, lines) -> {
            Integer allowed = stillLong.get(file);
            if (allowed == null && lines > MAX_LINES) problems.add(file + " has " + lines + " lines (at most " + MAX_LINES + ": split it by responsibility)");
            if (allowed != null && lines > allowed) problems.add(file + " grew to " + lines + " lines (listed at " + allowed + "; it may only shrink)");
            if (allowed != null && lines <= MAX_LINES) problems.add(file + " is " + lines + " lines now: take it off the list of files still too long");
        });
        stillLong.keySet().stream().filter(f -> !found.containsKey(f)).forEach(f -> problems.add(f + " is listed but does not exist: take it off the list"));
        if (!problems.isEmpty()) throw new AssertionError("source files over " + MAX_LINES + " lines:\n  " + String.join("\n  ", problems));
    }
}
