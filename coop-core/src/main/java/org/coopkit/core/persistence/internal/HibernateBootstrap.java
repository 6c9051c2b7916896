package org.coopkit.core.persistence.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.coopkit.core.persistence.DatabaseConfig;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/** Hibernate 7 bootstrapped in code: no persistence.xml, schema validated against Liquibase's. */
public final class HibernateBootstrap {
    private HibernateBootstrap() {
    }

    public static EntityManagerFactory build(DataSource dataSource, DatabaseConfig config, List<Class<?>> entities, WriteTracker writes) {
        HibernatePersistenceConfiguration cfg = new HibernatePersistenceConfiguration("coopkit");
        entities.forEach(cfg::managedClass);
        cfg.schemaToolingAction(Action.VALIDATE);
        cfg.property("jakarta.persistence.nonJtaDataSource", dataSource);
        cfg.property("hibernate.connection.provider_disables_autocommit", "true");
        cfg.property("hibernate.jdbc.batch_size", "50");
        cfg.property("hibernate.order_inserts", "true");
        cfg.property("hibernate.order_updates", "true");
        cfg.property("hibernate.jdbc.time_zone", "UTC");
        cfg.property("hibernate.id.db_structure_naming_strategy", "standard");
        cfg.property("hibernate.show_sql", "false");
        cfg.property("hibernate.session_factory.statement_inspector", writes);
        if (config.kind() == org.coopkit.core.persistence.DatabaseKind.MARIADB) {
            // sequences there step by the server's auto-increment settings (INCREMENT BY 0, Galera-safe):
            // their declared increment cannot match a generator's, by design
            cfg.property("hibernate.id.sequence.increment_size_mismatch_strategy", "none");
        }
        return cfg.createEntityManagerFactory();
    }
}
