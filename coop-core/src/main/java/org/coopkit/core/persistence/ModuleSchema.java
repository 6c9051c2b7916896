package org.coopkit.core.persistence;

import java.util.List;

/**
 * What one module brings to the shared database: its Liquibase changelog (under
 * {@code db/changelog/<module>/}) and its JPA entity classes. An application registers the schema
 * of every module it embeds when it opens the {@link Database}.
 *
 * @param name      module name, e.g. {@code core}
 * @param changelog classpath of the master changelog, e.g. {@code db/changelog/core/changelog.xml}
 * @param entities  the module's JPA entities (they live in its {@code internal} packages)
 */
public record ModuleSchema(String name, String changelog, List<Class<?>> entities) {
    /**
     * Copies {@code entities} so the schema cannot change afterwards.
     *
     * @param name      module name, e.g. {@code core}
     * @param changelog classpath of the master changelog, e.g. {@code db/changelog/core/changelog.xml}
     * @param entities  the module's JPA entities (they live in its {@code internal} packages)
     */
    public ModuleSchema {
        entities = List.copyOf(entities);
    }
}
