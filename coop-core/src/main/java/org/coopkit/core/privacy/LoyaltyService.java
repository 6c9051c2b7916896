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

    public LoyaltyService(Transactions tx, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = new PrivacyStore(tx);
        this.audit = audit;
        this.clock = clock;
    }

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

    /** The caller's own reports. */
    public List<LoyaltyReport> mine(Actor actor) {
        return tx.inTransaction(() -> store.reports(Optional.of(actor.requireMemberId())));
    }

    /** Every report, for the board to answer. */
    public List<LoyaltyReport> all(Actor actor) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> store.reports(Optional.empty()));
    }
}
