package org.coopkit.core.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two {@link GuardedApi} rules as tests, for a library module's architecture test to extend: its main
 * classes (tests left out) under one root package, and its documented allow-list (docs/api.md, "Unguarded
 * on purpose").
 */
public abstract class GuardedApiRules {
    private final JavaClasses module;
    private final Set<String> allowed;

    /**
     * @param rootPackage the module's root package, e.g. {@code org.coopkit.ledger}
     * @param allowed     {@code Type.method} names that are public and take no Actor on purpose
     */
    protected GuardedApiRules(String rootPackage, Set<String> allowed) {
        this.module = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage);
        this.allowed = allowed;
    }

    @Test
    void every_public_service_method_takes_the_actor_or_is_on_the_documented_allow_list() {
        GuardedApi.check(module, allowed);
    }

    @Test
    void no_public_constructor_outside_internal_takes_an_internal_type() {
        GuardedApi.checkConstructors(module);
    }
}
