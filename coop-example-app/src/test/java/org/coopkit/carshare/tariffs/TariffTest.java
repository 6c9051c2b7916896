package org.coopkit.carshare.tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.money.Money;
import org.junit.jupiter.api.Test;

class TariffTest {
    static final Tariff V1 = new Tariff(1, Money.of("4.00", "EUR"), Money.of("0.30", "EUR"), Money.of("5.00", "EUR"),
            new BigDecimal("70"), Instant.parse("2025-01-01T00:00:00Z"), "initial");

    @Test
    void a_price_is_time_plus_distance_and_its_explanation_shows_every_figure() {
        Tariff.Price p = V1.price(Duration.ofMinutes(150), 35);
        assertThat(p.timeCost()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(p.distanceCost()).isEqualTo(Money.of("10.50", "EUR"));
        assertThat(p.total()).isEqualTo(Money.of("20.50", "EUR"));
        assertThat(p.ownerShare().plus(p.commission())).isEqualTo(p.total());
        assertThat(p.ownerShare()).isEqualTo(Money.of("14.35", "EUR"));
        assertThat(p.explanation()).contains("150 min", "EUR 4.00/h", "35 km", "EUR 0.30/km", "EUR 20.50", "70%", "Tariff v1");
    }

    @Test
    void the_minimum_applies_to_short_trips() {
        Tariff.Price p = V1.price(Duration.ofMinutes(20), 2);
        assertThat(p.minimumApplied()).isTrue();
        assertThat(p.total()).isEqualTo(Money.of("5.00", "EUR"));
        assertThat(p.explanation()).contains("minimum applies");
    }

    @Test
    void odd_minutes_round_half_up_to_the_cent() {
        // 10 min at 4.00/h = 0.6666… → 0.67
        assertThat(V1.price(Duration.ofMinutes(10), 100).timeCost()).isEqualTo(Money.of("0.67", "EUR"));
    }

    @Test
    void the_hash_is_of_the_terms_and_changes_with_any_term() {
        // a member recomputes the published hash from the published terms with any SHA-256 tool
        assertThat(V1.canonicalTerms()).isEqualTo("v1|perHour=" + V1.perHour() + "|perKm=" + V1.perKm() + "|minimum=" + V1.minimum() + "|ownerShare=70%");
        assertThat(V1.hash()).isEqualTo(sha256Hex(V1.canonicalTerms()));
        Tariff other = new Tariff(1, Money.of("4.00", "EUR"), Money.of("0.31", "EUR"), Money.of("5.00", "EUR"),
                new BigDecimal("70"), V1.publishedAt(), "initial");
        assertThat(other.hash()).isNotEqualTo(V1.hash());
        Tariff sameTerms = new Tariff(1, V1.perHour(), V1.perKm(), V1.minimum(), new BigDecimal("70.0000"), Instant.now(), "elsewhere");
        assertThat(sameTerms.hash()).isEqualTo(V1.hash());
    }

    static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void impossible_proposals_are_refused_before_any_vote() {
        assertThatThrownBy(() -> TariffService.check(new TariffProposal("-1", "0.3", "abc", new BigDecimal("120"), "EUR")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKeys("perHour", "minimum", "ownerSharePercent"));
    }

    @Test
    void the_free_cancellation_hours_are_a_hashed_term_and_a_tariff_without_them_keeps_its_hash() {
        assertThat(V1.canonicalTerms()).isEqualTo("v1|perHour=EUR 4.00|perKm=EUR 0.30|minimum=EUR 5.00|ownerShare=70%");
        Tariff withHours = new Tariff(1, V1.perHour(), V1.perKm(), V1.minimum(), V1.ownerSharePercent(), V1.publishedAt(), "initial", 24);
        assertThat(withHours.canonicalTerms()).endsWith("|freeCancellation=24h");
        assertThat(withHours.hash()).isNotEqualTo(V1.hash());
        Instant start = Instant.parse("2026-05-10T09:00:00Z");
        assertThat(withHours.cancellableUntil(start)).isEqualTo(Instant.parse("2026-05-09T09:00:00Z"));
        assertThat(V1.cancellableUntil(start)).isEqualTo(start);
    }

    @Test
    void free_cancellation_is_between_the_start_and_a_week_before() {
        assertThatThrownBy(() -> TariffService.check(new TariffProposal("4", "0.3", "5", new BigDecimal("70"), "EUR", 169)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("freeCancellationHours"));
        assertThatThrownBy(() -> TariffService.check(new TariffProposal("4", "0.3", "5", new BigDecimal("70"), "EUR", -1)))
                .isInstanceOf(InvalidInput.class);
        assertThat(TariffService.check(new TariffProposal("4", "0.3", "5", new BigDecimal("70"), "EUR", 168)).cancellationHours()).isEqualTo(168);
    }
}
