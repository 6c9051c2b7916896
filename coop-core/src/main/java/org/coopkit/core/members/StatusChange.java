package org.coopkit.core.members;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a member's lifecycle, kept forever in the membership history. */
public record StatusChange(MemberId member, MemberStatus from, MemberStatus to, LocalDate effectiveOn,
                           String reason, String actor, Instant recordedAt) {
}
