package org.coopkit.core.privacy;

import java.time.Instant;
import org.coopkit.core.members.MemberId;

/** Someone other than the member read the member's personal data: who, when and why. */
public record AccessRecord(MemberId member, String reader, String why, Instant at) {
}
