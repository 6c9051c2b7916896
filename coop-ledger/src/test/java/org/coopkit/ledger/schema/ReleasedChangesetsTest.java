package org.coopkit.ledger.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.core.H2Database;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A released changeset is never edited (a database that ran it would refuse to start): its checksum
 * is pinned here. ledger-0001 gained a MariaDB-only {@code modifySql} (sequences NOCACHE, which Galera
 * requires), which changes its checksum: the checksums databases recorded before must stay valid.
 */
class ReleasedChangesetsTest {
    /** Checksums as recorded by databases that ran the released changelog (they differ where a dbms property does). */
    static Map<String, String> released(String dbms) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ledger-0001", dbms.equals("mariadb") ? "9:87f285568b400cf0122c9d4ac07fb1d3" : "9:9ade952ea2ca8c230b8cd8d3e8d892c1");
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void databases_that_ran_a_released_changeset_still_accept_it(String dbms) throws Exception {
        ResourceAccessor ra = new ClassLoaderResourceAccessor();
        Map<String, String> actual = new LinkedHashMap<>();
        Scope.child(Scope.Attr.resourceAccessor.name(), ra, () -> {
            var db = switch (dbms) {
                case "postgresql" -> new PostgresDatabase();
                case "mariadb" -> new MariaDBDatabase();
                default -> new H2Database();
            };
            String path = "db/changelog/ledger/changelog.xml";
            DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(path, ra).parse(path, new ChangeLogParameters(db), ra);
            for (ChangeSet cs : log.getChangeSets()) {
                String recorded = released(dbms).get(cs.getId());
                if (recorded != null) {
                    boolean accepted = cs.isCheckSumValid(liquibase.change.CheckSum.parse(recorded));
                    actual.put(cs.getId(), accepted ? recorded : cs.generateCheckSum(ChecksumVersion.latest()) + " (recorded one refused)");
                }
            }
        });
        assertThat(actual).isEqualTo(released(dbms));
    }
}
