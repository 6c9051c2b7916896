package org.coopkit.carshare.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key in both languages, and every key a template or page class uses in the bundles. */
class MessageBundlesTest {
    /** {@code t("key")} or {@code t("key", …} (not a prefix completed at run time) in templates ({@code viewer.t(…)}, {@code i18n.t(…)}) and page classes. */
    private static final Pattern USE = Pattern.compile("\\bt\\(\"([a-z0-9][a-z0-9.\\-]*)\"\\s*[,)]");

    static Set<String> keys(Locale locale) {
        return new TreeSet<>(I18n.bundle(locale).keySet());
    }

    @Test
    void every_key_exists_in_english_and_in_french() {
        Set<String> en = keys(Locale.ENGLISH);
        Set<String> fr = keys(Locale.FRENCH);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(fr);
        Set<String> onlyFr = new TreeSet<>(fr);
        onlyFr.removeAll(en);
        assertThat(onlyEn).as("keys missing from messages_fr.properties").isEmpty();
        assertThat(onlyFr).as("keys missing from messages_en.properties").isEmpty();
        assertThat(en).hasSizeGreaterThan(20);
    }

    @Test
    void every_key_used_by_a_template_or_page_class_is_in_the_bundles() throws IOException {
        Set<String> used = used();
        assertThat(used).as("keys found in src/main").hasSizeGreaterThan(20);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys(Locale.ENGLISH));
        assertThat(missing).as("keys used in src/main but in no bundle").isEmpty();
    }

    @Test
    void no_text_is_left_blank_and_french_is_not_a_copy_of_english() {
        ResourceBundle en = I18n.bundle(Locale.ENGLISH);
        ResourceBundle fr = I18n.bundle(Locale.FRENCH);
        List<String> blank = new ArrayList<>();
        for (String k : en.keySet()) if (en.getString(k).isBlank() || fr.getString(k).isBlank()) blank.add(k);
        assertThat(blank).isEmpty();
        long same = en.keySet().stream().filter(k -> en.getString(k).equals(fr.getString(k))).count();
        // names, "Menu", "Votes" … may be the same word; most of the text must not be
        assertThat(same).as("keys whose French is the English text").isLessThan(en.keySet().size() / 10 + 3);
    }

    static Set<String> used() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jte") || p.toString().endsWith(".java")).toList()) {
                    Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) used.add(m.group(1));
                }
            }
        }
        return used;
    }
}
