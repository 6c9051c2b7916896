package org.coopkit.carshare.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coopkit.core.money.Money;
import org.junit.jupiter.api.Test;

class I18nTest {
    private static final Instant DEC_1_9AM_PARIS = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void money_is_written_as_each_language_writes_it() {
        Money m = Money.of("1234.56", "EUR");
        // French groups with a narrow no-break space and puts a no-break space before the euro sign
        assertThat(I18n.FRENCH.money(m)).isEqualTo("1\u202f234,56\u00a0€");
        assertThat(I18n.ENGLISH.money(m)).isEqualTo("€1,234.56");
    }

    @Test
    void dates_are_written_in_the_language_and_the_coops_zone() {
        assertThat(I18n.FRENCH.when(DEC_1_9AM_PARIS)).isEqualTo("mar. 1 déc. 2026 09:00");
        assertThat(I18n.ENGLISH.when(DEC_1_9AM_PARIS)).isEqualTo("Tue 1 Dec 2026, 09:00");
    }

    @Test
    void a_french_form_accepts_the_decimal_comma_and_english_refuses_to_guess() {
        assertThat(I18n.FRENCH.parseDecimal("3,80")).isEqualByComparingTo("3.80");
        assertThat(I18n.FRENCH.parseDecimal(" 1\u202f234,5 ")).isEqualByComparingTo("1234.5");
        assertThat(I18n.FRENCH.parseDecimal("3.80")).isEqualByComparingTo("3.80");
        assertThat(I18n.ENGLISH.parseDecimal("3.80")).isEqualByComparingTo("3.80");
        assertThatThrownBy(() -> I18n.ENGLISH.parseDecimal("3,80")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> I18n.FRENCH.parseDecimal("1,2,3")).isInstanceOf(NumberFormatException.class);
        assertThat(I18n.FRENCH.decimal(new BigDecimal("3.80"))).isEqualTo("3,80");
    }

    @Test
    void the_saved_choice_wins_then_the_cookie_then_the_browser_then_english() {
        List<Locale> browserFr = List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("fr-CA"), Locale.ENGLISH);
        assertThat(LocaleChoice.choose(Optional.of("en"), "fr", browserFr)).isSameAs(I18n.ENGLISH);
        assertThat(LocaleChoice.choose(Optional.empty(), "en", browserFr)).isSameAs(I18n.ENGLISH);
        assertThat(LocaleChoice.choose(Optional.empty(), null, browserFr)).isSameAs(I18n.FRENCH);
        assertThat(LocaleChoice.choose(Optional.empty(), "xx", List.of(Locale.forLanguageTag("de")))).isSameAs(I18n.ENGLISH);
        assertThat(LocaleChoice.choose(Optional.empty(), null, List.of(new Locale("*")))).isSameAs(I18n.ENGLISH);
    }

    @Test
    void arguments_are_formatted_and_apostrophes_kept() {
        assertThat(I18n.FRENCH.t("error.status", 404)).isEqualTo("Erreur 404.");
        assertThat(I18n.FRENCH.t("error.title.409")).isEqualTo("Ce n'est pas possible pour le moment");
        assertThat(I18n.ENGLISH.t("no.such.key")).isEqualTo("⟦no.such.key⟧");
    }
}
