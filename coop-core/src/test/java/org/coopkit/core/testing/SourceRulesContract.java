package org.coopkit.core.testing;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's two {@link SourceRules} as tests, for each module's {@code SourceRulesTest} to extend: time only from
 * the injected clock (outside the composition root, if the module has one), and the 300-line ratchet over the
 * module's {@code src/main} (files listed with their length may only shrink).
 */
public abstract class SourceRulesContract {
    private final String rootPackage;
    private final Map<String, Integer> stillLong;
    private final String[] compositionRoot;

    /**
     * @param rootPackage     the module's root package, e.g. {@code org.coopkit.ledger}
     * @param stillLong       files still over 300 lines ({@code org/coopkit/.../X.java}) with their length when the rule came in
     * @param compositionRoot the classes allowed to read the wall clock (none in a library module)
     */
    protected SourceRulesContract(String rootPackage, Map<String, Integer> stillLong, String... compositionRoot) {
        this.rootPackage = rootPackage;
        this.stillLong = stillLong;
        this.compositionRoot = compositionRoot;
    }

    @Test
    void no_wall_clock_outside_the_composition_root() {
        SourceRules.noWallClock(rootPackage, compositionRoot).check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage));
    }

    @Test
    void no_source_file_grows_past_300_lines() {
        SourceRules.checkFileLengths(Path.of(""), stillLong);
    }
}
