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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Plain words: no camelCase field names, raw ids or internal words in text a member sees — the
 * values of both bundles and the text of the templates (outside tags, expressions and attributes
 * that are not shown).
 */
class JargonScanTest {
    /** A camelCase word: lower-case start, then an upper-case letter (opensAt, taxId, memberId). */
    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern UUID = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    /** Internal words a member should never have to read. */
    private static final Pattern INTERNAL = Pattern.compile("(?i)\\b(fingerprint|uuid|null|exception|enum|payload|json path|stack trace|sha-?256)\\b");
    /** Brand names that are camelCase on purpose. */
    private static final Set<String> ALLOWED = Set.of("CoopKit", "iPhone");

    static List<String> findings(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(CAMEL, UUID, INTERNAL)) {
            Matcher m = p.matcher(text);
            while (m.find()) if (!ALLOWED.contains(m.group())) found.add(where + ": \"" + m.group() + "\" in \"" + text.strip() + "\"");
        }
        return found;
    }

    @Test
    void the_scan_finds_field_names_ids_and_internal_words() {
        assertThat(findings("t", "Must be after opensAt")).hasSize(1);
        assertThat(findings("t", "Missing: taxId")).hasSize(1);
        assertThat(findings("t", "the fingerprint of these terms")).hasSize(1);
        assertThat(findings("t", "account 3f2b1c4d-1a2b-4c3d-9e8f-0123456789ab")).hasSize(1);
        assertThat(findings("t", "The closing time must be after the opening time")).isEmpty();
        assertThat(visibleText("<p>@if(a.isPresent())Open@elseClose@endif ${x.entrySet()}</p>")).doesNotContain("isPresent", "entrySet", "OpenClose");
    }

    @Test
    void no_bundle_text_uses_jargon() {
        List<String> found = new ArrayList<>();
        for (Locale l : I18n.SUPPORTED) {
            ResourceBundle b = I18n.bundle(l);
            for (String k : b.keySet()) found.addAll(findings("messages_" + l.getLanguage() + " " + k, b.getString(k)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void no_template_text_uses_jargon() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                found.addAll(findings(f.toString(), visibleText(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        assertThat(found).isEmpty();
    }

    /** What a browser shows of a template: no jte directives, no ${…} expressions, no tags. */
    static String visibleText(String template) {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n")) {
            String l = line.strip();
            if (l.startsWith("@") || l.startsWith("!{")) continue;
            l = removeDirectives(removeExpressions(l));
            // attributes a person reads: alt, title, aria-label, placeholder
            Matcher shown = Pattern.compile("(?:alt|title|aria-label|placeholder)=\"([^\"]*)\"").matcher(l);
            while (shown.find()) out.append(shown.group(1)).append('\n');
            out.append(l.replaceAll("<[^>]*>", " ")).append('\n');
        }
        return out.toString();
    }

    /** Drops inline {@code @if(…)}, {@code @for(…)} (balanced parentheses) and {@code @else}, {@code @endif}, {@code @endfor}. */
    private static String removeDirectives(String l) {
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("@(elseif|if|for|template\\.[a-z.]+)\\(|@(else|endif|endfor)").matcher(l);
        int at = 0;
        while (m.find(at)) {
            b.append(l, at, m.start()).append(' ');
            if (m.group(2) != null) {
                at = m.end();
                continue;
            }
            int depth = 1;
            int i = m.end();
            while (i < l.length() && depth > 0) {
                char c = l.charAt(i++);
                if (c == '(') depth++;
                if (c == ')') depth--;
            }
            at = i;
        }
        return b.append(l.substring(Math.min(at, l.length()))).toString();
    }

    /** Drops ${…}, $unsafe{…} and @`…` openers, counting braces (expressions call methods with braces rarely). */
    private static String removeExpressions(String l) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (depth == 0 && c == '$' && (l.startsWith("${", i) || l.startsWith("$unsafe{", i))) {
                i = l.indexOf('{', i);
                depth = 1;
                continue;
            }
            if (depth > 0) {
                if (c == '{') depth++;
                if (c == '}') depth--;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
