package org.coopkit.core.web.internal;

import java.time.LocalDate;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.PostalAddress;

/** A member as the API shows it. */
public record MemberView(String id, Long membershipNumber, String name, String email, String category, String status,
                         LocalDate statusSince, String statusReason, LocalDate appliedOn, PostalAddress address,
                         LocalDate dateOfBirth, String taxId, String iban) {
    public static MemberView of(Member m) {
        return new MemberView(m.id().toString(), m.membershipNumber().orElse(null), m.name(), m.email(), m.category(),
                m.status().name(), m.statusSince(), m.statusReason().orElse(null), m.appliedOn(), m.address(),
                m.dateOfBirth().orElse(null), m.taxId().orElse(null), m.iban().orElse(null));
    }
}
