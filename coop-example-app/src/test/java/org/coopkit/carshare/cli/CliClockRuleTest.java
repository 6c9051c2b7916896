package org.coopkit.carshare.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The CLI's commands take the time from the command line's one clock (CarshareCli, the composition root), never from the system. */
class CliClockRuleTest {
    static final JavaClasses CLI = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopkit.carshare.cli");

    @Test
    void no_command_reads_the_system_clock() {
        noClasses().that().resideInAPackage("org.coopkit.carshare.cli..").and().doNotHaveFullyQualifiedName(CarshareCli.class.getName())
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("a command run on a fixed clock must act on that clock's day (CliClockIT)")
                .check(CLI);
    }
}
