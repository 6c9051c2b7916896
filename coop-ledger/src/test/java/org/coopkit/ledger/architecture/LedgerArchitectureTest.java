package org.coopkit.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, for coop-ledger. */
class LedgerArchitectureTest {
    static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopkit");

    @Test
    void the_ledger_never_depends_on_governance_nor_the_app() {
        noClasses().that().resideInAPackage("org.coopkit.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coopkit.governance..", "org.coopkit.carshare..")
                .check(LEDGER);
    }

    @Test
    void the_ledger_uses_only_the_public_api_of_core() {
        noClasses().that().resideInAPackage("org.coopkit.ledger..")
                .should().dependOnClassesThat().resideInAPackage("org.coopkit.core..internal..")
                .check(LEDGER);
    }

    @Test
    void nothing_outside_the_ledger_touches_the_ledgers_internals() {
        noClasses().that().resideOutsideOfPackage("org.coopkit.ledger..")
                .should().dependOnClassesThat().resideInAPackage("org.coopkit.ledger..internal..")
                .check(LEDGER);
    }

    @Test
    void a_feature_reaches_another_features_internals_only_from_the_module_root() {
        for (String feature : new String[] {"accounts", "journal", "fiscal", "patronage", "allocation", "statements", "exports", "web", "capital",
                "payouts", "reports"}) {
            noClasses().that().resideInAPackage("org.coopkit.ledger.." ).and().resideOutsideOfPackage("org.coopkit.ledger." + feature + "..")
                    .and().doNotHaveFullyQualifiedName("org.coopkit.ledger.LedgerModule")
                    .should().dependOnClassesThat().resideInAPackage("org.coopkit.ledger." + feature + ".internal..")
                    .check(LEDGER);
        }
    }

    @Test
    void the_journal_knows_nothing_of_fiscal_years_allocation_or_the_web() {
        noClasses().that().resideInAPackage("org.coopkit.ledger.journal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coopkit.ledger.fiscal..", "org.coopkit.ledger.allocation..",
                        "org.coopkit.ledger.web..", "jakarta.ws.rs..")
                .check(LEDGER);
    }

    @Test
    void the_redistribution_computation_stays_free_of_persistence_and_http() {
        noClasses().that().haveSimpleNameStartingWith("Redistribution").and().resideInAPackage("org.coopkit.ledger.allocation")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "jakarta.ws.rs..")
                .check(LEDGER);
    }
}
