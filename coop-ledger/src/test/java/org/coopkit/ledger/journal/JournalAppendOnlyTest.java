package org.coopkit.ledger.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal's public API offers no way to change or remove an entry. */
class JournalAppendOnlyTest {
    static final List<String> FORBIDDEN = List.of("update", "delete", "remove", "edit", "modify", "set", "change", "replace", "amend");

    @Test
    void neither_the_journal_nor_its_repository_has_a_method_that_changes_or_removes_an_entry() {
        for (Class<?> type : List.of(Journal.class, JournalEntries.class, JournalEntry.class)) {
            List<String> names = Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                    .map(Method::getName).toList();
            assertThat(names).as(type.getSimpleName()).noneMatch(n -> FORBIDDEN.stream().anyMatch(f -> n.toLowerCase().startsWith(f)));
        }
    }

    @Test
    void entries_and_lines_are_immutable_records() {
        assertThat(JournalEntry.class.isRecord()).isTrue();
        assertThat(JournalLine.class.isRecord()).isTrue();
        assertThat(new JournalEntry(new EntryId(1), 1, java.time.LocalDate.EPOCH, new FiscalPeriod("1970", 1), EntryKind.REGULAR, "",
                IdempotencyKey.of("k"), java.util.Optional.empty(), new java.util.ArrayList<>(), java.time.Instant.EPOCH, "x", "", "")
                .lines()).isUnmodifiable();
    }
}
