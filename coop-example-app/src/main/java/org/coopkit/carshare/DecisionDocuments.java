package org.coopkit.carshare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.tariffs.Tariff;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.carshare.tariffs.TariffService;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.Decision;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.allocation.DraftResolution;
import org.coopkit.ledger.allocation.RedistributionReport;
import org.coopkit.ledger.allocation.SurplusAllocationHandler;
import org.coopkit.ledger.fiscal.AccountsApprovals;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.reports.AnnualAccounts;

/**
 * What a ballot's decision refers to, for every member on its roll (issue 14, "members vote
 * blind"): for a surplus allocation, the draft resolution and the redistribution report's summary
 * (the waterfall and totals, never a member's line); for a tariff change, the proposed tariff side
 * by side with the one in force; for the approval of a year's accounts, its income statement and
 * balance sheet. The reader is checked by governance's
 * {@link org.coopkit.governance.briefing.BriefingService#requireReader} (the board, or a member on
 * the roll of an open or closed ballot; 403 for anyone else); the figures are then read as the
 * system, since a member holds no treasurer role.
 */
public final class DecisionDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GovernanceModule governance;
    private final LedgerModule ledger;
    private final TariffService tariffs;

    public DecisionDocuments(GovernanceModule governance, LedgerModule ledger, TariffService tariffs) {
        this.governance = governance;
        this.ledger = ledger;
        this.tariffs = tariffs;
    }

    /** The documents of one ballot's decision; {@code kind} is {@code none} when the ballot carries no decision. */
    public record Documents(String ballot, String kind, Optional<Allocation> allocation, Optional<TariffChange> tariff,
                            Optional<Accounts> accounts) {
        Documents(String ballot, String kind, Optional<Allocation> allocation, Optional<TariffChange> tariff) {
            this(ballot, kind, allocation, tariff, Optional.empty());
        }
    }

    /** The accounts of a closed year put to the members' approval: its income statement and balance sheet, totals only per account. */
    public record Accounts(String fiscalYear, String start, String end, List<AccountLine> incomeStatement, List<AccountLine> balanceSheet,
                           String revenue, String expense, String result, String totalAssets, boolean balanced) {
    }

    /** One account's line of the income statement or the balance sheet. */
    public record AccountLine(String section, String account, String name, String amount) {
    }

    /** A surplus allocation: the resolution's text and the report's summary. */
    public record Allocation(String fiscalYear, String draftResolution, String policy, String result, List<Step> steps, int members,
                             String totalToMembers) {
    }

    /** One step of the allocation waterfall. */
    public record Step(int position, String name, String amount, String rule) {
    }

    /** A tariff change: each term as in force when the ballot opened, and as proposed. */
    public record TariffChange(Optional<Integer> currentVersion, List<Term> terms) {
    }

    /** One term of the tariff, in force and proposed. */
    public record Term(String term, String current, String proposed) {
    }

    public Documents of(Actor actor, BallotId id) {
        Ballot b = governance.briefings().requireReader(actor, id);
        Optional<Decision> d = b.spec().decision();
        if (d.isEmpty()) return new Documents(id.toString(), "none", Optional.empty(), Optional.empty());
        String kind = d.get().kind();
        if (kind.equals(SurplusAllocationHandler.KIND)) {
            RedistributionReport r = ledger.allocations().report(Actor.system(), FiscalYearId.of(field(d.get(), "fiscalYear")));
            List<Step> steps = r.steps().stream().map(s -> new Step(s.position(), s.name(), s.amount().toString(), s.rule())).toList();
            return new Documents(id.toString(), kind, Optional.of(new Allocation(r.fiscalYear(), DraftResolution.text(r), r.policyName(),
                    r.result().toString(), steps, r.lines().size(), r.totalToMembers().toString())), Optional.empty());
        }
        if (kind.equals(TariffService.DECISION_KIND)) {
            TariffProposal p = read(d.get(), TariffProposal.class);
            Optional<Tariff> now = inForceAt(b.openedAt().orElse(b.spec().opensAt()));
            String cur = tariffs.currencyOf(p);
            List<Term> terms = new ArrayList<>();
            terms.add(new Term("Per hour", now.map(t -> t.perHour().toString()).orElse("—"), cur + " " + p.perHour()));
            terms.add(new Term("Per km", now.map(t -> t.perKm().toString()).orElse("—"), cur + " " + p.perKm()));
            terms.add(new Term("Minimum per trip", now.map(t -> t.minimum().toString()).orElse("—"), cur + " " + p.minimum()));
            terms.add(new Term("Owners receive", now.map(t -> percent(t.ownerSharePercent())).orElse("—"), percent(p.ownerSharePercent())));
            return new Documents(id.toString(), kind, Optional.empty(), Optional.of(new TariffChange(now.map(Tariff::version), terms)));
        }
        if (kind.equals(AccountsApprovals.KIND)) {
            AnnualAccounts a = ledger.annualAccounts().of(Actor.system(), FiscalYearId.of(field(d.get(), "fiscalYear")));
            return new Documents(id.toString(), kind, Optional.empty(), Optional.empty(), Optional.of(new Accounts(a.fiscalYear(),
                    a.start().toString(), a.end().toString(), lines(a.incomeStatement()), lines(a.balanceSheet()), a.revenue().toString(),
                    a.expense().toString(), a.result().toString(), a.totalAssets().toString(), a.balanced())));
        }
        return new Documents(id.toString(), kind, Optional.empty(), Optional.empty());
    }

    private static List<AccountLine> lines(List<AnnualAccounts.Line> lines) {
        return lines.stream().map(l -> new AccountLine(l.section(), l.account(), l.name(), l.amount().toString())).toList();
    }

    /** The tariff in force when the ballot opened: after adoption the comparison still shows what members voted on. */
    private Optional<Tariff> inForceAt(java.time.Instant at) {
        return tariffs.history().stream().filter(t -> !t.publishedAt().isAfter(at))
                .max(java.util.Comparator.comparingInt(Tariff::version));
    }

    private static String percent(BigDecimal p) {
        return p == null ? "—" : p.stripTrailingZeros().toPlainString() + "%";
    }

    private static String field(Decision d, String name) {
        try {
            JsonNode n = JSON.readTree(d.payload()).get(name);
            return n == null ? "" : n.asText();
        } catch (IOException e) {
            throw new IllegalStateException("the decision of this ballot cannot be read", e);
        }
    }

    private static <T> T read(Decision d, Class<T> type) {
        try {
            return JSON.readValue(d.payload(), type);
        } catch (IOException e) {
            throw new IllegalStateException("the decision of this ballot cannot be read", e);
        }
    }

}
