package org.coopkit.governance.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, safe subset of Markdown for ballot descriptions: paragraphs, headings ({@code #} to
 * {@code ###}), bullet and numbered lists, {@code **bold**}, {@code *italic*}, {@code `code`} and
 * {@code [links](https://…)}. Everything the author typed is HTML-escaped first, so no raw HTML
 * passes through; a link keeps its target only for http, https and mailto (anything else, such as
 * {@code javascript:} or {@code data:}, becomes plain text). Our own code rather than a Markdown
 * library: the subset is what a draft resolution needs, and it is small enough to test against
 * every XSS payload we know.
 */
public final class SafeMarkdown {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,300})\\]\\(([^)\\s]{1,2000})\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.*)$");

    private SafeMarkdown() {
    }

    /**
     * The description as HTML safe to put in a page as is.
     *
     * @param markdown the description in Markdown; null or blank for none
     * @return the HTML, empty for no description
     */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String list = null;
        for (String raw : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            String item = null;
            String kind = null;
            if (line.startsWith("- ") || line.startsWith("* ")) {
                item = line.substring(2);
                kind = "ul";
            } else {
                Matcher m = NUMBERED.matcher(line);
                if (m.matches()) {
                    item = m.group(1);
                    kind = "ol";
                }
            }
            if (item != null) {
                flush(out, paragraph);
                if (!kind.equals(list)) {
                    if (list != null) out.append("</").append(list).append(">\n");
                    out.append('<').append(kind).append(">\n");
                    list = kind;
                }
                out.append("<li>").append(inline(item)).append("</li>\n");
                continue;
            }
            if (list != null) {
                out.append("</").append(list).append(">\n");
                list = null;
            }
            if (line.isEmpty()) {
                flush(out, paragraph);
            } else if (line.startsWith("#")) {
                flush(out, paragraph);
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') level++;
                String text = line.substring(level).strip();
                // a page has its own h1: description headings start at h2
                int h = Math.min(level, 3) + 1;
                out.append("<h").append(h).append('>').append(inline(text)).append("</h").append(h).append(">\n");
            } else {
                paragraph.add(line);
            }
        }
        if (list != null) out.append("</").append(list).append(">\n");
        flush(out, paragraph);
        return out.toString();
    }

    private static void flush(StringBuilder out, List<String> paragraph) {
        if (paragraph.isEmpty()) return;
        out.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
        paragraph.clear();
    }

    /** Escapes first, then adds the few inline elements; link targets are checked after unescaping what we escaped. */
    static String inline(String text) {
        String s = escape(text);
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(emphasis(s.substring(last, m.start())));
            String label = m.group(1);
            String target = unescape(m.group(2));
            if (safeTarget(target)) {
                out.append("<a href=\"").append(escape(target)).append("\" rel=\"nofollow noopener noreferrer\">").append(emphasis(label)).append("</a>");
            } else {
                out.append(emphasis(label)).append(" (").append(m.group(2)).append(')');
            }
            last = m.end();
        }
        out.append(emphasis(s.substring(last)));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        String s = CODE.matcher(escaped).replaceAll("<code>$1</code>");
        s = BOLD.matcher(s).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(s).replaceAll("<em>$1</em>");
    }

    /** Only http(s) and mailto targets become links; checked on the characters a browser would see. */
    static boolean safeTarget(String target) {
        StringBuilder visible = new StringBuilder();
        for (char c : target.toCharArray()) {
            if (c > ' ' && c != 0x7f) visible.append(c); // browsers drop control characters and spaces inside a scheme
        }
        String t = visible.toString().toLowerCase(Locale.ROOT);
        if (!t.equals(target.toLowerCase(Locale.ROOT))) return false;
        return t.startsWith("https://") || t.startsWith("http://") || t.startsWith("mailto:");
    }

    /**
     * HTML-escapes text for an element or a quoted attribute.
     *
     * @param s the text
     * @return the text with {@code &}, {@code <}, {@code >} and quotes escaped
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
