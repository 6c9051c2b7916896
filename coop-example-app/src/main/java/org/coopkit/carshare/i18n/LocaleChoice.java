package org.coopkit.carshare.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page speaks: the member's saved choice, else the language cookie set by the
 * FR/EN switch (it works before login), else the browser's {@code Accept-Language}, else English.
 */
public final class LocaleChoice {
    /** The cookie the language switch sets. */
    public static final String COOKIE = "coopkit_lang";

    private LocaleChoice() {
    }

    /**
     * @param saved      the member's saved language, if logged in and saved
     * @param cookie     the value of the language cookie, or null
     * @param acceptable the browser's languages, preferred first
     */
    public static I18n choose(Optional<String> saved, String cookie, List<Locale> acceptable) {
        return saved.flatMap(I18n::supported).or(() -> I18n.supported(cookie)).or(() -> I18n.first(acceptable)).orElse(I18n.ENGLISH);
    }
}
