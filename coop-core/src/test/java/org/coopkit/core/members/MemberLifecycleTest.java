package org.coopkit.core.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class MemberLifecycleTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static Member in(MemberStatus status) {
        return new Member(MemberId.random(), status == MemberStatus.APPLICANT ? null : 7L, "Ada", "ada@example.org", "user",
                PostalAddress.none(), null, null, null, status, DAY, DAY, null);
    }

    static Member move(Member m, MemberStatus to) {
        return switch (to) {
            case APPLICANT -> throw new AssertionError("no operation leads back to APPLICANT");
            case MEMBER -> m.status() == MemberStatus.APPLICANT ? m.admit(1, DAY, "r") : m.reinstate(DAY, "r");
            case SUSPENDED -> m.suspend(DAY, "r");
            case WITHDRAWN -> m.withdraw(DAY, "r");
            case EXCLUDED -> m.exclude(DAY, "r");
        };
    }

    @Test
    void exactly_the_statutory_transitions_are_allowed_and_every_other_is_refused_by_name() {
        Set<String> allowed = Set.of("APPLICANT>MEMBER", "MEMBER>SUSPENDED", "SUSPENDED>MEMBER", "MEMBER>WITHDRAWN",
                "MEMBER>EXCLUDED", "SUSPENDED>WITHDRAWN", "SUSPENDED>EXCLUDED");
        for (MemberStatus from : MemberStatus.values()) {
            for (MemberStatus to : MemberStatus.values()) {
                if (to == MemberStatus.APPLICANT) continue; // Member offers no operation that leads back to APPLICANT
                Member m = in(from);
                String key = from + ">" + to;
                if (allowed.contains(key)) {
                    assertThat(move(m, to).status()).as(key).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> move(m, to)).as(key).isInstanceOf(IllegalTransition.class)
                            .hasMessageContaining("is " + from + " and cannot become " + to);
                }
            }
        }
    }

    @Test
    void admission_gives_the_membership_number_and_keeps_the_application_date() {
        Member m = in(MemberStatus.APPLICANT).admit(42, DAY.plusDays(3), "board meeting");
        assertThat(m.membershipNumber()).contains(42L);
        assertThat(m.appliedOn()).isEqualTo(DAY);
        assertThat(m.statusSince()).isEqualTo(DAY.plusDays(3));
        assertThat(m.statusReason()).contains("board meeting");
    }

    @Test
    void withdrawn_and_excluded_are_final() {
        assertThat(EnumSet.allOf(MemberStatus.class).stream().filter(MemberStatus::isFinal))
                .containsExactlyInAnyOrder(MemberStatus.WITHDRAWN, MemberStatus.EXCLUDED);
        for (MemberStatus to : MemberStatus.values()) {
            assertThat(MemberStatus.WITHDRAWN.canBecome(to)).isFalse();
            assertThat(MemberStatus.EXCLUDED.canBecome(to)).isFalse();
        }
    }
}
