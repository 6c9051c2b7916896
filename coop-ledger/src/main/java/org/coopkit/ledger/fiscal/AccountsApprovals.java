package org.coopkit.ledger.fiscal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.DecisionType;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.fiscal.internal.AccountsApprovalEntity;
import org.coopkit.ledger.fiscal.internal.JpaFiscalYears;

/**
 * The general assembly's approval of a closed year's accounts, as a typed decision: the board puts
 * "approve the accounts of year Y" to the vote ({@link #decisionType()}, payload {@code {"fiscalYear":"Y"}},
 * refused when created for an unknown year or a year that is not closed); adopted, it records once
 * "the accounts of Y approved by ballot B on D". A rejected ballot records nothing.
 */
public final class AccountsApprovals {
    /** The decision kind. */
    public static final String KIND = "ledger.accounts-approval";

    /**
     * The payload of an approval decision.
     *
     * @param fiscalYear the id of the year whose accounts are approved, e.g. {@code 2025}
     */
    public record Payload(String fiscalYear) {
    }

    private final Transactions tx;
    private final FiscalYearService years;
    private final FiscalYears rows;
    private final Clock clock;

    /**
     * The approvals of a ledger's years.
     *
     * @param tx    the transactions
     * @param years the fiscal years
     * @param clock the clock giving the day of approval
     */
    public AccountsApprovals(Transactions tx, FiscalYearService years, Clock clock) {
        this.tx = tx;
        this.years = years;
        this.rows = new JpaFiscalYears(tx);
        this.clock = clock;
    }

    /**
     * The typed decision to register with the app's decision handlers.
     *
     * @return the decision type, one open or adopted ballot per year
     */
    public DecisionType<Payload> decisionType() {
        return DecisionType.json(KIND, Payload.class, this::check, (ballot, p) -> record(ballot, FiscalYearId.of(p.fiscalYear())))
                .withSubject(p -> KIND + ":" + p.fiscalYear());
    }

    /**
     * The approval of a year's accounts, if any; readable by those who may read the year.
     *
     * @param actor who reads: a person with a member id, the treasurer or the board
     * @param year  the year
     * @return the approval, or empty while not yet approved
     * @throws FiscalYearNotFound when no year has that id
     */
    public Optional<AccountsApproval> of(Actor actor, FiscalYearId year) {
        years.get(actor, year);
        return tx.inTransaction(() -> Optional.ofNullable(em().find(AccountsApprovalEntity.class, year.value())).map(AccountsApprovalEntity::toApproval));
    }

    private void check(Payload p) {
        if (p.fiscalYear() == null || p.fiscalYear().isBlank()) throw new InvalidInput("fiscalYear", "name the fiscal year whose accounts are approved");
        FiscalYearId id;
        try {
            id = FiscalYearId.of(p.fiscalYear());
        } catch (RuntimeException e) {
            throw new InvalidInput("fiscalYear", "is not a fiscal year: " + p.fiscalYear());
        }
        FiscalYear y;
        try {
            y = years.get(Actor.system(), id);
        } catch (FiscalYearNotFound e) {
            throw new InvalidInput("fiscalYear", "there is no fiscal year " + id.value());
        }
        if (y.status() == FiscalYearStatus.OPEN) {
            throw new InvalidInput("fiscalYear", "the fiscal year " + id.value() + " is not closed: close it before its accounts are put to the vote");
        }
        if (y.status() == FiscalYearStatus.LOCKED) {
            throw new InvalidInput("fiscalYear", "the fiscal year " + id.value() + " is locked: its accounts were already approved");
        }
    }

    private void record(String ballot, FiscalYearId year) {
        tx.run(() -> {
            // the year's row locked, as reopening locks it: an approval and a reopening never cross (AccountsApproved);
            // the payload's check refused a year reopened before the close, this refuses one reopened since
            FiscalYear y = rows.findForUpdate(year).orElseThrow(() -> new FiscalYearNotFound(year));
            if (em().find(AccountsApprovalEntity.class, year.value()) != null) return;
            if (y.status() == FiscalYearStatus.OPEN) {
                throw new InvalidInput("fiscalYear", "the fiscal year " + year.value() + " was reopened while its accounts were put to the vote: "
                        + "close it again, then retry the decision");
            }
            em().persist(AccountsApprovalEntity.of(new AccountsApproval(year, ballot, LocalDate.now(clock)), clock.instant()));
        });
    }

    private EntityManager em() {
        return tx.entityManager();
    }
}
