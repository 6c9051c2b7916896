package org.coopkit.carshare.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.coopkit.core.money.Money;

/**
 * The words, numbers, money and dates of one language. Templates reach it as {@code viewer.i18n()}
 * ({@code ${viewer.t("nav.home")}} is the short form); page classes through {@code viewer.i18n()}
 * too. Bundles live in {@code src/main/resources/i18n/messages_en.properties} and
 * {@code messages_fr.properties} (UTF-8); a key missing from a bundle shows as {@code ⟦key⟧} and
 * fails {@code MessageBundlesTest}.
 */
public final class I18n {
    /** The languages the app speaks, the first being the default. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    public static final String BUNDLE = "i18n.messages";
    public static final I18n ENGLISH = new I18n(Locale.ENGLISH);
    public static final I18n FRENCH = new I18n(Locale.FRENCH);
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Currency EUR = Currency.getInstance("EUR");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;

    private I18n(Locale locale) {
        this.locale = locale;
        this.bundle = bundle(locale);
        boolean fr = locale.getLanguage().equals("fr");
        this.when = DateTimeFormatter.ofPattern(fr ? "EEE d MMM yyyy HH:mm" : "EEE d MMM yyyy, HH:mm", locale);
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    }

    /** The bundle of one supported language, without falling back to the JVM's default locale. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The helper of a language tag ("fr", "fr-FR", "en"); English for anything else. */
    public static I18n of(String languageTag) {
        return supported(languageTag).orElse(ENGLISH);
    }

    /** The helper of a language tag when the app speaks it. */
    public static Optional<I18n> supported(String languageTag) {
        if (languageTag == null) return Optional.empty();
        String lang = Locale.forLanguageTag(languageTag.trim().replace('_', '-')).getLanguage();
        if (lang.equals("fr")) return Optional.of(FRENCH);
        if (lang.equals("en")) return Optional.of(ENGLISH);
        return Optional.empty();
    }

    /** The first supported language of an {@code Accept-Language} list (in the client's order). */
    public static Optional<I18n> first(List<Locale> acceptable) {
        return acceptable.stream().map(l -> supported(l.toLanguageTag())).flatMap(Optional::stream).findFirst();
    }

    public Locale locale() {
        return locale;
    }

    /** The language code for {@code <html lang>} and the cookie: "en" or "fr". */
    public String lang() {
        return locale.getLanguage();
    }

    public boolean french() {
        return lang().equals("fr");
    }

    /** The text of a key; {@code {0}}-style arguments are formatted for this language (numbers, dates). */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
        if (args.length == 0) return pattern;
        // apostrophes are written plainly in the bundles (French has many): never MessageFormat quotes
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** Whether the bundle has a key (to choose a message by an error code, with a fallback). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Money as people of this language write it: {@code €1,234.56} / {@code 1 234,56 €}. */
    public String money(Money m) {
        NumberFormat f = NumberFormat.getCurrencyInstance(french() ? Locale.FRANCE : Locale.UK);
        f.setCurrency(m.currency());
        return f.format(m.amount());
    }

    /** An amount in euros (for prices kept as decimals). */
    public String euros(BigDecimal amount) {
        return money(Money.of(amount, EUR));
    }

    /** A decimal number with this language's separators (no grouping): {@code 3.80} / {@code 3,80}. */
    public String decimal(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale));
        f.setMinimumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    /** A day and time in the co-op's zone: {@code Tue 1 Dec 2026, 09:00} / {@code mar. 1 déc. 2026 09:00}. */
    public String when(Instant t) {
        return when.format(t.atZone(ZONE));
    }

    /** A day in the co-op's zone: {@code 1 Dec 2026} / {@code 1 déc. 2026}. */
    public String day(Instant t) {
        return day.format(t.atZone(ZONE));
    }

    /** A calendar day: {@code 1 Dec 2026} / {@code 1 déc. 2026}. */
    public String date(LocalDate d) {
        return day.format(d);
    }

    /**
     * A decimal typed by a member: {@code 3.80}, and in French also {@code 3,80}; spaces (also
     * the narrow no-break space French uses to group thousands) are ignored. In English a comma
     * is refused rather than guessed (is "1,234" a thousand or one?).
     *
     * @throws NumberFormatException when it is not a number
     */
    public BigDecimal parseDecimal(String typed) {
        String s = typed.strip().replaceAll("[\\s\u00a0\u202f]", "");
        if (french() && s.indexOf(',') >= 0) {
            if (s.indexOf('.') >= 0 || s.indexOf(',') != s.lastIndexOf(',')) throw new NumberFormatException(typed);
            s = s.replace(',', '.');
        }
        return new BigDecimal(s);
    }

    @Override
    public String toString() {
        return lang();
    }
}
