package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.capital.CapitalAccount;
import org.coopkit.core.capital.CapitalService;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.Members;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.fiscal.FiscalYearService;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.patronage.PartyKind;
import org.coopkit.ledger.patronage.Patronage;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.PatronageService;

/**
 * A year's redistribution inputs read from the books as they stand: the result, the legal reserve,
 * each member's capital at the year's end (or its daily average, pro rata temporis) and patronage.
 * A closed year's adopted inputs are stored instead ({@link AllocationService#inputs}).
 */
final class InputsFromBooks {
    private final Journal journal;
    private final FiscalYearService years;
    private final PatronageService patronage;
    private final ChartOfAccounts chart;
    private final Members members;
    private final CapitalService capital;
    private final Currency currency;
    private final InterestBasis interestBasis;

    InputsFromBooks(Journal journal, FiscalYearService years, PatronageService patronage, ChartOfAccounts chart, Members members,
                    CapitalService capital, Currency currency, InterestBasis interestBasis) {
        this.journal = journal;
        this.years = years;
        this.patronage = patronage;
        this.chart = chart;
        this.members = members;
        this.capital = capital;
        this.currency = currency;
        this.interestBasis = interestBasis;
    }

    RedistributionInputs of(FiscalYearId id) {
        {
            FiscalYear year = years.get(Actor.system(), id);
            Money result = years.result(Actor.system(), id, currency);
            AccountRef legal = AccountRef.of(chart.withRole(AccountRole.LEGAL_RESERVE).code());
            Money legalReserve = journal.totals(Actor.system(), null, year.end(), Set.of()).balance(legal, currency).negate();
            List<Member> all = members.all(); // read once: the register below is built from these members too
            Map<MemberId, Money> paidUp = new HashMap<>();
            // capital as it stood at the year's end (or its daily average over the year, pro rata temporis):
            // later subscriptions and departures do not change a closed year's figures
            for (CapitalAccount a : capital.registerOn(Actor.system(), year.end(), all).accounts()) paidUp.put(a.member(), a.held());
            Map<MemberId, Money> basis = interestBasis == InterestBasis.PRO_RATA_TEMPORIS ? proRata(year) : paidUp;
            // members' and non-members' volumes from one GROUP BY party_kind, member_id, kind: one scan of the rows
            Map<MemberId, Map<PatronageKind, BigDecimal>> volumes = new HashMap<>();
            Map<PatronageKind, BigDecimal> nonMembers = new TreeMap<>();
            for (Patronage.PartyVolume v : patronage.volumes(Actor.system(), year.start(), year.end())) {
                if (v.party() == PartyKind.MEMBER) {
                    volumes.computeIfAbsent(v.member().orElseThrow(), m -> new HashMap<>()).merge(v.kind(), v.volume(), BigDecimal::add);
                } else {
                    nonMembers.merge(v.kind(), v.volume(), BigDecimal::add);
                }
            }
            List<MemberInput> inputs = new ArrayList<>();
            Money capitalTotal = Money.zero(currency);
            for (Member m : all) {
                if (m.membershipNumber().isEmpty()) continue;
                Money held = paidUp.getOrDefault(m.id(), Money.zero(currency));
                Map<PatronageKind, BigDecimal> v = volumes.getOrDefault(m.id(), Map.of());
                capitalTotal = capitalTotal.plus(held);
                if (held.isZero() && v.isEmpty()) continue;
                inputs.add(new MemberInput(m.id(), m.membershipNumber().get(), m.name(), basis.getOrDefault(m.id(), Money.zero(currency)), v));
            }
            return new RedistributionInputs(id.value(), result, legalReserve, capitalTotal, inputs, nonMembers);
        }
    }

    /** Each member's capital held on average over the days of the year (interest pro rata temporis), to the cent. */
    private Map<MemberId, Money> proRata(FiscalYear year) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(year.start(), year.end()) + 1;
        Map<MemberId, Money> out = new HashMap<>();
        for (CapitalAccount a : capital.registerOn(Actor.system(), year.end()).accounts()) {
            BigDecimal dayEuros = BigDecimal.ZERO;
            for (var mv : capital.movements(Actor.system(), a.member())) {
                if (mv.on().isAfter(year.end())) continue;
                BigDecimal delta = mv.kind().isPayment() ? mv.amount().amount()
                        : mv.kind() == org.coopkit.core.capital.CapitalMovement.Kind.REDEMPTION ? mv.amount().amount().negate() : BigDecimal.ZERO;
                LocalDate from = mv.on().isBefore(year.start()) ? year.start() : mv.on();
                dayEuros = dayEuros.add(delta.multiply(BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(from, year.end()) + 1)));
            }
            out.put(a.member(), Money.of(dayEuros.divide(BigDecimal.valueOf(days), 2, java.math.RoundingMode.HALF_EVEN), currency,
                    java.math.RoundingMode.UNNECESSARY));
        }
        return out;
    }
}
