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
}
