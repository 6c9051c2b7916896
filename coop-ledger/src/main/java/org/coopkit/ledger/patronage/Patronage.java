package org.coopkit.ledger.patronage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/** The patronage records' repository. Call inside a transaction. */
public interface Patronage {
    /** Member volumes per kind over [from, to], business by members only. */
    record MemberVolume(MemberId member, PatronageKind kind, BigDecimal volume) {
    }

    /**
     * Volume of one kind of business by one party over a period: a member's (with their id), or
     * non-members' (the member id of a non-member row, when it carries one, is only a grouping key).
     *
     * @param party  member or non-member business
     * @param member the member, empty for non-member rows without one
     * @param kind   the kind of business
     * @param volume the volume added up
     */
    record PartyVolume(PartyKind party, Optional<MemberId> member, PatronageKind kind, BigDecimal volume) {
    }

    /**
     * The record of an activity source.
     *
     * @param source the source id
     * @return the record, or empty when the source was never recorded
     */
    Optional<PatronageRecord> bySource(SourceId source);

    /**
     * Stores a new record.
     *
     * @param record the record
     */
    void add(PatronageRecord record);

    /**
     * Records dated in [from, to], by date then source.
     *
     * @param from the first date, inclusive
     * @param to   the last date, inclusive
     * @return the records
     */
    List<PatronageRecord> between(LocalDate from, LocalDate to);

    /**
     * A member's records dated in [from, to].
     *
     * @param member the member
     * @param from   the first date, inclusive
     * @param to     the last date, inclusive
     * @return the member's records
     */
    List<PatronageRecord> ofMember(MemberId member, LocalDate from, LocalDate to);

    /**
     * Volume per member and kind of business by members over [from, to].
     *
     * @param from the first date, inclusive
     * @param to   the last date, inclusive
     * @return volume per member and kind
     */
    List<MemberVolume> memberVolumes(LocalDate from, LocalDate to);

    /**
     * Volume per kind of business by non-members over [from, to].
     *
     * @param from the first date, inclusive
     * @param to   the last date, inclusive
     * @return volume per kind
     */
    Map<PatronageKind, BigDecimal> nonMemberVolumes(LocalDate from, LocalDate to);

    /**
     * Volume per party kind, member and kind over [from, to], members' and non-members' business
     * together: one {@code GROUP BY party_kind, member_id, kind} over the rows, where
     * {@link #memberVolumes} and {@link #nonMemberVolumes} are a scan each (docs/performance.md).
     *
     * @param from the first date, inclusive
     * @param to   the last date, inclusive
     * @return volume per party kind, member and kind
     */
    List<PartyVolume> volumes(LocalDate from, LocalDate to);

}
