package org.coopkit.core.web.internal;

import java.util.List;
import java.util.Map;

/** Renders a JSON-ready document (maps, lists, scalars) as a plain, readable, accessible HTML page. */
public final class HtmlDocument {
    private HtmlDocument() {
    }

    public static String render(String title, Object document) {
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title)).append("</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
                        + "dt{font-weight:600;margin-top:.5rem}dd{margin-left:1.5rem}ol{padding-left:1.5rem}</style></head><body><main><h1>")
                .append(escape(title)).append("</h1>");
        value(sb, document);
        return sb.append("</main></body></html>").toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("<p>(none)</p>");
                return;
            }
            sb.append("<dl>");
            m.forEach((k, x) -> {
                sb.append("<dt>").append(escape(String.valueOf(k))).append("</dt><dd>");
                value(sb, x);
                sb.append("</dd>");
            });
            sb.append("</dl>");
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("<p>(none)</p>");
                return;
            }
            sb.append("<ol>");
            l.forEach(x -> {
                sb.append("<li>");
                value(sb, x);
                sb.append("</li>");
            });
            sb.append("</ol>");
        } else {
            sb.append(v == null ? "—" : escape(String.valueOf(v)));
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
