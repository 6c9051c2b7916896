package org.coopkit.ledger.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.ledger.journal.EntryId;
import org.coopkit.ledger.testing.Pain001Schema;
import org.junit.jupiter.api.Test;

/** Issue 13: the SEPA file of a payout run is valid against the official ISO 20022 pain.001.001.09 schema, whatever the names. */
class Pain001Test {
    static final DebtorAccount BANK = new DebtorAccount("Autopartage Coopératif & Cie <Lyon>", "FR76 3000 1007 9412 3456 7890 185", "");

    @Test
    void the_file_of_a_run_is_valid_against_the_iso_20022_schema_with_or_without_a_bic() {
        PayoutRun run = run("2026-06-payouts", List.of(
                line(1, "Olga Öwner-D'Artagnan", "FR7630006000011234567890189", "70.00"),
                line(2, "Zoë \"Zed\" <b>&amp;</b> Ümlaut " + "x".repeat(200), "DE89370400440532013000", "12.34"),
                line(3, "李小龍", "BE68539007547034", "0.01")));

        assertThat(Pain001Schema.errors(Pain001.xml(run, BANK))).isEmpty();
        assertThat(Pain001Schema.errors(Pain001.xml(run, new DebtorAccount("Coop", "FR7630001007941234567890185", "BNPAFRPPXXX")))).isEmpty();
    }

    @Test
    void a_run_of_many_lines_and_a_long_key_stays_valid() {
        List<PayoutRun.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) lines.add(line(i, "Member " + i, "FR7630006000011234567890189", i + ".50"));
        PayoutRun run = run("k".repeat(30), lines);

        assertThat(Pain001Schema.errors(Pain001.xml(run, BANK))).isEmpty();
    }

    @Test
    void the_schema_refuses_a_broken_file_so_the_check_can_fail() {
        String xml = Pain001.xml(run("r1", List.of(line(1, "Olga", "FR7630006000011234567890189", "70.00"))), BANK);

        assertThat(Pain001Schema.errors(xml.replace("<PmtMtd>TRF</PmtMtd>", ""))).isNotEmpty();
        assertThat(Pain001Schema.errors(xml.replace("<IBAN>FR7630006000011234567890189</IBAN>", "<IBAN>not an iban</IBAN>")))
                .anySatisfy(e -> assertThat(e).contains("IBAN2007Identifier"));
        assertThat(Pain001Schema.errors(xml.replace("70.00</InstdAmt>", "-70.00</InstdAmt>"))).isNotEmpty();
    }

    static PayoutRun run(String key, List<PayoutRun.Line> lines) {
        return new PayoutRun(key, LocalDate.of(2026, 6, 3), Instant.parse("2026-06-01T08:30:00Z"), Optional.of(new EntryId(42)), lines);
    }

    static PayoutRun.Line line(int n, String name, String iban, String amount) {
        return new PayoutRun.Line(n, MemberId.random(), name, "467", "Owners' payouts", eur(amount), Optional.of(iban), PayoutRun.Status.PAID);
    }
}
