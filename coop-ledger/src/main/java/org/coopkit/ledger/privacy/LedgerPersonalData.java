package org.coopkit.ledger.privacy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.privacy.PersonalDataContributor;
import org.coopkit.ledger.allocation.AllocationService;
import org.coopkit.ledger.allocation.MemberStatement;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearService;
import org.coopkit.ledger.fiscal.FiscalYearStatus;
import org.coopkit.ledger.patronage.PatronageService;

/**
 * The ledger's part of a member's data: their patronage records, for each closed fiscal year
 * their statement (patronage by kind, refund, capital interest, refund choice), and the payouts
 * made to them (with the IBAN they were sent to). Erasure changes
 * nothing here: journal lines and patronage records carry only the member's random id, and the
 * books must stay whole (accounting law), so every total and the journal's hash chain are kept.
 */
public final class LedgerPersonalData implements PersonalDataContributor {
    private final PatronageService patronage;
    private final FiscalYearService years;
    private final AllocationService allocations;
    private final org.coopkit.ledger.payouts.PayoutService payouts;

    /**
     * Wiring for {@code LedgerModule}, which registers it with core's personal data register.
     *
     * @param patronage   a member's patronage records
     * @param years       the fiscal years their statements cover
     * @param allocations their refund choices and statements
     * @param payouts     their payout lines
     */
    public LedgerPersonalData(PatronageService patronage, FiscalYearService years, AllocationService allocations,
                              org.coopkit.ledger.payouts.PayoutService payouts) {
        this.payouts = payouts;
        this.patronage = patronage;
        this.years = years;
        this.allocations = allocations;
    }

    @Override
    public String section() {
        return "ledger";
    }

    @Override
    public Object export(MemberId member) {
        Actor system = Actor.system();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("patronage", patronage.recordsOf(system, member, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)).stream()
                .map(r -> Map.of("date", r.date().toString(), "kind", r.kind().code(), "volume", r.volume().toPlainString(),
                        "amount", r.amount().toString(), "fees", r.fees().toString(), "activity", r.activityRef().orElse("")))
                .toList());
        out.put("statements", years.all(Actor.system()).stream().filter(y -> y.status() != FiscalYearStatus.OPEN)
                .map(y -> statement(allocations.statement(system, member, y.id()), y)).toList());
        out.put("payouts", payouts.ofMember(system, member).stream()
                .map(l -> Map.of("account", l.account(), "amount", l.amount().toString(), "iban", l.iban().orElse(""), "status", l.status().name()))
                .toList());
        return out;
    }

    private static Map<String, Object> statement(MemberStatement s, FiscalYear y) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fiscalYear", y.id().value());
        m.put("refund", s.refund().toString());
        m.put("capitalInterest", s.capitalInterest().toString());
        m.put("total", s.total().toString());
        m.put("refundChoice", s.refundChoice().name());
        m.put("posted", s.posted());
        return m;
    }

    @Override
    public void erase(MemberId member) {
        // nothing to pseudonymise: the ledger holds amounts linked to a random id, kept whole by law; the IBAN a payout
        // was sent to stays with the payout line (a bank transfer is an accounting record)
    }

    @Override
    public Set<String> memberTables() {
        return Set.of("ledger_entry_lines", "ledger_patronage", "ledger_refund_choices", "ledger_payout_lines");
    }
}
