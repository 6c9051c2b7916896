package org.coopkit.governance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dependency rule of DESIGN.md for coop-governance. */
class GovernanceArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopkit");

    @Test
    void governance_never_depends_on_the_ledger_or_the_app() {
        noClasses().that().resideInAPackage("org.coopkit.governance..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coopkit.ledger..", "org.coopkit.carshare..").check(CLASSES);
    }

    @Test
    void governance_touches_no_internal_package_of_core() {
        noClasses().that().resideInAPackage("org.coopkit.governance..")
                .should().dependOnClassesThat().resideInAPackage("org.coopkit.core..internal..").check(CLASSES);
    }

    @Test
    void nothing_outside_governance_touches_its_internals() {
        noClasses().that().resideOutsideOfPackage("org.coopkit.governance..")
                .should().dependOnClassesThat().resideInAPackage("org.coopkit.governance..internal..").check(CLASSES);
    }

    static final List<String> FEATURES = List.of("ballots", "assemblies", "proxies", "briefing", "discussion", "tally", "privacy", "web");

    /** Each feature keeps its JPA mapping and repositories to itself: siblings use its public types (seams such as BallotRecords). */
    @Test
    void no_feature_reaches_into_another_features_internal_package() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature))
                    .map(f -> "org.coopkit.governance." + f + ".internal..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.coopkit.governance." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("feature " + feature + " must not reach another feature's internal package").check(CLASSES);
        }
    }
}
