package org.coopkit.carshare;

import java.time.Instant;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.carshare.tariffs.TariffService;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.decisions.Decision;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.allocation.DraftResolution;
import org.coopkit.ledger.allocation.RedistributionReport;
import org.coopkit.ledger.allocation.SurplusAllocationHandler;
import org.coopkit.ledger.fiscal.AccountsApprovals;
import org.coopkit.ledger.fiscal.FiscalYearId;

/**
 * What the board puts to the members' vote in the car-sharing co-op: a tariff change (adopted, it
 * publishes the next tariff version) and the allocation of a year's surplus (adopted, it posts the
 * refunds). Each becomes an open yes/no resolution carrying its decision, created and opened in one
 * transaction.
 */
public final class Proposals {
    private final GovernanceModule governance;
    private final LedgerModule ledger;
    private final String currency;

    /** Proposals of a co-op whose statutes keep accounts in {@code currency}. */
    public Proposals(GovernanceModule governance, LedgerModule ledger, java.util.Currency currency) {
        this.governance = governance;
        this.ledger = ledger;
        this.currency = currency.getCurrencyCode();
    }

    /** A tariff resolution; a proposal naming no currency is in the statutes'. */
    public Ballot proposeTariff(Actor actor, TariffProposal asked, Instant opensAt, Instant closesAt) {
        actor.require(Role.BOARD);
        TariffProposal proposal = asked.inCurrency(currency);
        Decision d = TariffService.decisionFor(proposal);
        BallotSpec spec = BallotSpec.resolution("Adopt the new tariff: " + proposal.perHour() + " " + cur(proposal) + "/h, "
                + proposal.perKm() + " " + cur(proposal) + "/km, minimum " + proposal.minimum() + " " + cur(proposal)
                + ", owners receive " + proposal.ownerSharePercent().stripTrailingZeros().toPlainString() + "%"
                + ", " + cancellationTerms(proposal.cancellationHours()), opensAt, closesAt).with(d);
        return governance.voting().createAndOpen(actor, spec);
    }

    /** The cancellation term in words, as members vote on it and as the booking pages show it. */
    public static String cancellationTerms(int hours) {
        return hours == 0 ? "free cancellation until the start" : "free cancellation until " + hours + (hours == 1 ? " hour" : " hours") + " before the start";
    }

    public Ballot proposeAllocation(Actor actor, int year, Instant opensAt, Instant closesAt) {
        actor.require(Role.BOARD);
        RedistributionReport report = ledger.allocations().report(actor, FiscalYearId.of(year));
        Decision d = new Decision(SurplusAllocationHandler.KIND, DraftResolution.decisionPayload(report));
        String question = "Adopt the allocation of the " + year + " surplus (" + report.result()
                + ") as in the draft resolution";
        return governance.voting().createAndOpen(actor, BallotSpec.resolution(question.length() > 500 ? question.substring(0, 500) : question,
                opensAt, closesAt).with(d));
    }

    /**
     * A resolution approving the accounts of a closed year; adopted, it records the approval in the ledger.
     * Refused (nothing created) for an unknown year or a year that is not closed, and while another
     * ballot on the same year's accounts is open or was adopted.
     */
    public Ballot proposeAccountsApproval(Actor actor, int year, Instant opensAt, Instant closesAt) {
        actor.require(Role.BOARD);
        Decision d = ledger.accountsApprovals().decisionType().decision(new AccountsApprovals.Payload(FiscalYearId.of(year).value()));
        return governance.voting().createAndOpen(actor, BallotSpec.resolution("Approve the accounts of the " + year
                + " fiscal year (balance sheet and income statement)", opensAt, closesAt).with(d));
    }

    private static String cur(TariffProposal p) {
        return p.currency();
    }
}
