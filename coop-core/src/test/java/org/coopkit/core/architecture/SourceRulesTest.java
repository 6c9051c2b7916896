package org.coopkit.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Map;
import org.coopkit.core.testing.SourceRules;
import org.junit.jupiter.api.Test;

/** Issue 16's source rules for coop-core: time from the injected clock, and the 300-line ratchet. */
class SourceRulesTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopkit.core");

    /** Files still over 300 lines, with their length when the rule came in: they may only shrink. */
    static final Map<String, Integer> STILL_LONG = Map.ofEntries(
            Map.entry("org/coopkit/core/auth/AuthService.java", 443),
            Map.entry("org/coopkit/core/capital/CapitalService.java", 330),
            Map.entry("org/coopkit/core/members/MemberService.java", 389),
            Map.entry("org/coopkit/core/money/Money.java", 400));

    @Test
    void no_wall_clock_outside_the_composition_root() {
        SourceRules.noWallClock("org.coopkit.core").check(MAIN);
    }

    @Test
    void no_source_file_grows_past_300_lines() {
        SourceRules.checkFileLengths(Path.of(""), STILL_LONG);
    }
}
