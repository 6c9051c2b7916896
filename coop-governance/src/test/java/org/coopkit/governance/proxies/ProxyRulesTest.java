package org.coopkit.governance.proxies;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.ProxyRefused;
import org.junit.jupiter.api.Test;

class ProxyRulesTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private final BallotId ballot = BallotId.random();
    private final MemberId grantor = MemberId.random();
    private final MemberId holder = MemberId.random();

    private Proxy proxy(Optional<Instant> revokedAt, Optional<String> why, boolean used, Optional<Instant> acceptedAt) {
        return new Proxy(ProxyId.random(), ballot, grantor, holder, T, revokedAt, why, used, acceptedAt);
    }

    @Test
    void a_used_mandate_cannot_be_revoked_an_unused_one_can() {
        assertThatThrownBy(() -> proxy(Optional.empty(), Optional.empty(), true, Optional.of(T)).checkCanRevoke())
                .isInstanceOf(ProxyRefused.class).hasMessageContaining("the mandate was used");
        assertThatCode(() -> proxy(Optional.empty(), Optional.empty(), false, Optional.of(T)).checkCanRevoke()).doesNotThrowAnyException();
    }

    @Test
    void only_a_pending_mandate_is_answered() {
        assertThatCode(() -> proxy(Optional.empty(), Optional.empty(), false, Optional.empty()).checkCanAnswer()).doesNotThrowAnyException();
        assertThatThrownBy(() -> proxy(Optional.empty(), Optional.empty(), false, Optional.of(T)).checkCanAnswer())
                .isInstanceOf(ProxyRefused.class).hasMessageContaining("already accepted");
        assertThatThrownBy(() -> proxy(Optional.of(T), Optional.of(Proxy.DECLINED), false, Optional.empty()).checkCanAnswer())
                .isInstanceOf(ProxyRefused.class).hasMessageContaining("has ended (declined by the holder)");
    }
}
