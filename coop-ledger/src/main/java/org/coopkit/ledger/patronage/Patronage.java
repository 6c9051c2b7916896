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

    Optional<PatronageRecord> bySource(SourceId source);

    void add(PatronageRecord record);

    /** Records dated in [from, to], by date then source. */
    List<PatronageRecord> between(LocalDate from, LocalDate to);

    List<PatronageRecord> ofMember(MemberId member, LocalDate from, LocalDate to);

    /** Volume per member and kind of business by members over [from, to]. */
    List<MemberVolume> memberVolumes(LocalDate from, LocalDate to);

    /** Volume per kind of business by non-members over [from, to]. */
    Map<PatronageKind, BigDecimal> nonMemberVolumes(LocalDate from, LocalDate to);
}
