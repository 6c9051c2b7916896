package org.coopkit.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule of DESIGN.md, for coop-core. */
class CoreArchitectureTest {
    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopkit.core");

    @Test
    void core_depends_on_no_other_coopkit_module() {
        noClasses().that().resideInAPackage("org.coopkit.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coopkit.governance..", "org.coopkit.ledger..", "org.coopkit.carshare..")
                .check(CORE);
    }

    @Test
    void domain_packages_do_not_reach_into_the_web_layer() {
        noClasses().that().resideInAnyPackage("org.coopkit.core.members..", "org.coopkit.core.capital..", "org.coopkit.core.audit..",
                        "org.coopkit.core.money..", "org.coopkit.core.statutes..", "org.coopkit.core.persistence..", "org.coopkit.core.auth..")
                .should().dependOnClassesThat().resideInAPackage("org.coopkit.core.web..")
                .check(CORE);
    }

    @Test
    void money_and_statutes_stay_free_of_persistence() {
        noClasses().that().resideInAnyPackage("org.coopkit.core.money..", "org.coopkit.core.statutes..", "org.coopkit.core.decisions..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "jakarta.ws.rs..")
                .check(CORE);
    }
}
