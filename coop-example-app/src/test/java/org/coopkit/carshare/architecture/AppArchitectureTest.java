package org.coopkit.carshare.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.coopkit.core.persistence.Transactions;
import org.junit.jupiter.api.Test;

/** The example app is built only on the library modules' public API (DESIGN.md). */
class AppArchitectureTest {
    static final JavaClasses ALL = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopkit");

    @Test
    void the_app_touches_no_internal_package_of_core_governance_or_ledger() {
        noClasses().that().resideInAPackage("org.coopkit.carshare..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coopkit.core..internal..", "org.coopkit.governance..internal..",
                        "org.coopkit.ledger..internal..")
                .check(ALL);
    }

    @Test
    void no_library_module_depends_on_the_app_and_governance_and_ledger_ignore_each_other() {
        noClasses().that().resideInAnyPackage("org.coopkit.core..", "org.coopkit.governance..", "org.coopkit.ledger..")
                .should().dependOnClassesThat().resideInAPackage("org.coopkit.carshare..").check(ALL);
        noClasses().that().resideInAPackage("org.coopkit.governance..")
                .should().dependOnClassesThat().resideInAPackage("org.coopkit.ledger..").check(ALL);
        noClasses().that().resideInAPackage("org.coopkit.ledger..")
                .should().dependOnClassesThat().resideInAPackage("org.coopkit.governance..").check(ALL);
    }

    @Test
    void the_car_sharing_domain_does_not_reach_into_its_web_layers() {
        noClasses().that().resideInAnyPackage("org.coopkit.carshare.vehicles..", "org.coopkit.carshare.tariffs..",
                        "org.coopkit.carshare.bookings..", "org.coopkit.carshare.trips..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coopkit.carshare.web..", "org.coopkit.carshare.ui..", "jakarta.ws.rs..")
                .check(ALL);
    }

    /** A repository: an interface a JPA class of an {@code internal} package implements (Members, Bookings, JournalEntries...). */
    static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe("repositories (interfaces with a Jpa* implementation)",
            c -> c.isInterface() && c.getAllSubclasses().stream()
                    .anyMatch(s -> s.getSimpleName().startsWith("Jpa") && s.getPackageName().contains(".internal")));

    /** What only services may hold: repositories, the transaction runner, the entity manager. */
    static final DescribedPredicate<JavaClass> PERSISTENCE = DescribedPredicate.describe("persistence",
            c -> REPOSITORIES.test(c) || c.isAssignableTo(Transactions.class) || c.isAssignableTo(EntityManager.class));

    @Test
    void pages_call_services_never_repositories_transactions_or_the_entity_manager() {
        noClasses().that().resideInAPackage("org.coopkit.carshare.ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .orShould().dependOnClassesThat(REPOSITORIES)
                .orShould().dependOnClassesThat().areAssignableTo(Transactions.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().callMethodWhere(DescribedPredicate.describe("the method hands out a repository, Transactions or the EntityManager",
                        call -> PERSISTENCE.test(call.getTarget().getRawReturnType())))
                .check(ALL);
    }
}
