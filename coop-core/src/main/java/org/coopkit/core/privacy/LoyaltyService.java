package org.coopkit.core.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.Conflict;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.internal.PrivacyStore;

/** Loyalty reports: members report a practice they find unfair; the board answers, once; members see the answer. */
public final class LoyaltyService {
    private final Transactions tx;
    private final PrivacyStore store;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Wiring for {@code CoreModule}.
     *
     * @param tx    the transactions
     * @param audit the audit log reports and answers are recorded in
     * @param clock the clock that dates reports and answers
     */
    public LoyaltyService(Transactions tx, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = new PrivacyStore(tx);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files a report in the caller's name (a MEMBER); audited as {@code loyalty.reported}.
     *
     * @param actor   the member reporting
     * @param subject 1 to 200 characters, trimmed
     * @param text    1 to 2000 characters, trimmed
     * @return the open report
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not a MEMBER
     * @throws InvalidInput when the subject or the text is blank or too long
     */
    public LoyaltyReport file(Actor actor, String subject, String text) {
        actor.require(Role.MEMBER);
        Map<String, String> errors = new LinkedHashMap<>();
        if (subject == null || subject.isBlank() || subject.length() > 200) errors.put("subject", "must be 1 to 200 characters");
        if (text == null || text.isBlank() || text.length() > 2000) errors.put("text", "must be 1 to 2000 characters");
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        return tx.inTransaction(() -> {
            LoyaltyReport r = store.file(actor.requireMemberId(), subject.trim(), text.trim(), clock.instant());
            audit.record(actor, "loyalty.reported", r.id(), subject.trim());
            return r;
        });
    }

    /**
     * Answers a report, once (BOARD only); audited as {@code loyalty.answered}.
     *
     * @param actor  a board member
     * @param id     the report's id
     * @param answer 1 to 2000 characters, trimmed
     * @return the answered report
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not on the BOARD
     * @throws InvalidInput when the answer is blank or too long
     * @throws NotFound when no report has this id
     * @throws Conflict ({@code already-answered}) when the report was answered before
     */
    public LoyaltyReport answer(Actor actor, String id, String answer) {
        actor.require(Role.BOARD);
        if (answer == null || answer.isBlank() || answer.length() > 2000) throw new InvalidInput("answer", "must be 1 to 2000 characters");
        return tx.inTransaction(() -> {
            LoyaltyReport r = store.report(id, true).orElseThrow(() -> new NotFound("loyalty report", id));
            if (r.status() == LoyaltyReport.Status.ANSWERED) throw new Conflict("already-answered", "this report has already been answered");
            store.answer(id, answer.trim(), actor.name(), clock.instant());
            audit.record(actor, "loyalty.answered", id, "");
            return store.report(id, false).orElseThrow();
        });
    }

    /**
     * The caller's own reports.
     *
     * @param actor the member asking
     * @return the reports the actor filed
     */
    public List<LoyaltyReport> mine(Actor actor) {
        return tx.inTransaction(() -> store.reports(Optional.of(actor.requireMemberId())));
    }

    /**
     * Every report, for the board to answer (BOARD only).
     *
     * @param actor a board member
     * @return every report, open and answered
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not on the BOARD
     */
    public List<LoyaltyReport> all(Actor actor) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> store.reports(Optional.empty()));
    }
}
