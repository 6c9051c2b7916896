package org.coopkit.core.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurabilityTest {
    @Test
    void an_h2_file_url_gets_no_write_delay_unless_it_names_one() {
        assertThat(Durability.jdbcUrl("jdbc:h2:file:/data/coopkit")).isEqualTo("jdbc:h2:file:/data/coopkit;WRITE_DELAY=0");
        assertThat(Durability.jdbcUrl("jdbc:h2:/data/coopkit;MODE=PostgreSQL")).endsWith(";MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(Durability.jdbcUrl("jdbc:h2:file:/d;write_delay=100")).isEqualTo("jdbc:h2:file:/d;write_delay=100");
        assertThat(Durability.jdbcUrl("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1");
        assertThat(Durability.jdbcUrl("jdbc:postgresql://db/coop")).isEqualTo("jdbc:postgresql://db/coop");
    }

    @Test
    void only_statements_that_read_leave_a_transaction_without_writes() {
        assertThat(WriteTracker.isRead("select m.id from core_members m")).isTrue();
        assertThat(WriteTracker.isRead("  /* load Member */ select 1")).isTrue();
        assertThat(WriteTracker.isRead("with x as (select 1) select * from x")).isTrue();
        assertThat(WriteTracker.isRead("insert into core_members values (1)")).isFalse();
        assertThat(WriteTracker.isRead("update core_counters set next_value = 2")).isFalse();
        assertThat(WriteTracker.isRead("delete from core_api_tokens")).isFalse();
        assertThat(WriteTracker.isRead("/* unterminated")).isFalse();
    }
}
