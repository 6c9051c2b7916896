package org.coopkit.core.audit;

import java.util.List;
import org.coopkit.core.actors.Actor;

/**
 * The hash-chained audit log, one chain per stream: a record joins the stream of its subject (a
 * ballot's records chain on that ballot, a member's on that member) or a stream its writer opens
 * (a vote: its ballot and voter, {@link #open}), so writes about different aggregates never wait
 * for one another, while writes about one aggregate are chained in order. Every state change in CoopKit records who did what to which subject,
 * when (from the injected clock), with its data. Records join the caller's transaction, so a change
 * and its audit record commit or roll back together.
 */
public interface AuditLog {
    /**
     * Appends a record; must be called inside a transaction.
     *
     * @param actor   who did it
     * @param action  what was done, e.g. {@code members.admitted}
     * @param subject what it was done to, e.g. a member id
     * @param data    further detail, may be empty
     * @return the record, chained to the previous one
     */
    AuditRecord record(Actor actor, String action, String subject, String data);

    /**
     * Appends a record to a named stream; must be called inside a transaction. Appends to one stream
     * wait for one another (its head row is locked until commit); appends to different streams do not.
     *
     * @param stream  the chain to append to (at most 100 characters), e.g. a ballot id
     * @param actor   who did it
     * @param action  what was done
     * @param subject what it was done to
     * @param data    further detail, may be empty
     * @return the record, chained to the previous one of its stream
     */
    AuditRecord record(String stream, Actor actor, String action, String subject, String data);

    /**
     * Records the first record of a stream expected to be new (e.g. one voter's vote on a ballot, so
     * that the votes of one ballot never wait for one another); must be called inside a transaction.
     * The stream's head is created at this record by one statement, with no look-up first; when the
     * stream exists after all, the record is appended as {@link #record(String, Actor, String, String, String)}
     * appends it.
     *
     * @param stream  the chain to open (at most 100 characters)
     * @param actor   who did it
     * @param action  what was done
     * @param subject what it was done to
     * @param data    further detail, may be empty
     * @return the record: the stream's first, or chained to the stream's previous one
     */
    AuditRecord open(String stream, Actor actor, String action, String subject, String data);

    /**
     * Recomputes every stream's chain from its first record, streams in name order, and reports the
     * first link that does not hold (a record edited, deleted, reordered, a stream's tail cut off, a
     * record whose stream has no head).
     *
     * @return how many records hold and the first broken link (stream, sequence, expected, found), if any
     */
    ChainVerification verify();

    /**
     * Recomputes one stream's chain.
     *
     * @param stream the stream
     * @return how many of its records hold and its first broken link, if any
     */
    ChainVerification verify(String stream);

    /**
     * Records about one subject (e.g. a member id), oldest first.
     *
     * @param subject the subject
     * @return its records
     */
    List<AuditRecord> about(String subject);

    /**
     * The latest records, newest first.
     *
     * @param limit at most this many
     * @return the records
     */
    List<AuditRecord> latest(int limit);
}
