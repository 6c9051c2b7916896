package org.coopkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void amounts_are_kept_at_the_currency_scale() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualByComparingTo("12.50");
        assertThat(Money.of("12.5", "EUR").toString()).isEqualTo("EUR 12.50");
        assertThat(Money.of("100", "JPY").amount().scale()).isZero();
    }

    @Test
    void an_amount_with_more_decimals_than_the_currency_is_refused_unless_rounded_explicitly() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more decimals than EUR");
        assertThat(Money.of(new BigDecimal("1.005"), java.util.Currency.getInstance("EUR"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("1.00", "EUR"));
    }

    @Test
    void different_currencies_do_not_mix() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD"))).isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void allocation_by_largest_remainder_gives_the_odd_cent_to_the_largest_remainder() {
        // 100.00 in thirds: 33.33 each and one cent left over, which goes to the first (ties: earlier index)
        assertThat(Money.of("100.00", "EUR").allocate(1, 1, 1))
                .containsExactly(Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR"));
        // 10.00 as 1:2:3 → exact 1.6667, 3.3333, 5.0000 → 1.66+3.33+5.00 = 9.99, the cent to the largest remainder (1.6667)
        assertThat(Money.of("10.00", "EUR").allocate(1, 2, 3))
                .containsExactly(Money.of("1.67", "EUR"), Money.of("3.33", "EUR"), Money.of("5.00", "EUR"));
    }

    @Test
    void zero_weights_get_nothing_and_negative_amounts_split_symmetrically() {
        assertThat(Money.of("5.00", "EUR").allocate(0, 1)).containsExactly(Money.zero("EUR"), Money.of("5.00", "EUR"));
        assertThat(Money.of("-100.00", "EUR").allocate(1, 1, 1))
                .containsExactly(Money.of("-33.34", "EUR"), Money.of("-33.33", "EUR"), Money.of("-33.33", "EUR"));
    }

    @Test
    void allocation_refuses_weights_that_say_nothing() {
        assertThatThrownBy(() -> Money.of("1", "EUR").allocate(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "EUR").allocate(List.of(BigDecimal.ONE, new BigDecimal("-1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "EUR").allocate(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
