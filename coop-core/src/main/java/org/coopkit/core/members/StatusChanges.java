package org.coopkit.core.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.persistence.Transactions;

/**
 * Status changes after admission: suspend, reinstate, withdraw, exclude. The allowed moves are
 * {@link MemberStatus}'s and {@link Member}'s; here each move is made on the locked member row (so
 * changes come one at a time), recorded in the status history and audited.
 */
final class StatusChanges {
    private final Transactions tx;
    private final Members members;
    private final AuditLog audit;
    private final Clock clock;

    StatusChanges(Transactions tx, Members members, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    Member suspend(Actor actor, MemberId id, String reason) {
        actor.require(Role.BOARD);
        requireReason(reason);
        return move(actor, id, m -> m.suspend(today(), reason), "member.suspended");
    }

    Member reinstate(Actor actor, MemberId id, String reason) {
        actor.require(Role.BOARD);
        return move(actor, id, m -> m.reinstate(today(), orDefault(reason, "reinstated by the board")), "member.reinstated");
    }

    Member withdraw(Actor actor, MemberId id, String reason) {
        actor.requireSelfOr(id, Role.BOARD);
        return move(actor, id, m -> m.withdraw(today(), orDefault(reason, "withdrawal")), "member.withdrew");
    }

    Member exclude(Actor actor, MemberId id, String reason) {
        actor.require(Role.BOARD);
        requireReason(reason);
        return move(actor, id, m -> m.exclude(today(), reason), "member.excluded");
    }

    private Member move(Actor actor, MemberId id, UnaryOperator<Member> transition, String action) {
        return tx.inTransaction(() -> {
            Member m = lock(id);
            return record(actor, m, transition.apply(m), action, "");
        });
    }

    /** The member row, locked for the rest of the transaction. */
    Member lock(MemberId id) {
        return members.findForUpdate(id).orElseThrow(() -> new MemberNotFound(id));
    }

    /** Stores the move, adds it to the status history and audits it as {@code action}. */
    Member record(Actor actor, Member before, Member after, String action, String detail) {
        members.update(after);
        members.recordStatusChange(new StatusChange(after.id(), before.status(), after.status(), after.statusSince(),
                after.statusReason().orElse(""), actor.name(), clock.instant()));
        audit.record(actor, action, after.id().toString(), before.status() + "->" + after.status() + detail);
        return after;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) throw new InvalidInput("reason", "a reason is required");
    }

    static String orDefault(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }
}
