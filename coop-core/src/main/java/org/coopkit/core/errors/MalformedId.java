package org.coopkit.core.errors;

/**
 * Text that was meant to name something (an assembly, a proxy, a quote) is not an id at all: refused
 * as a request that cannot be read (400, code {@code malformed-id}), before anything is looked up.
 */
public final class MalformedId extends CoopException {
    /**
     * Refuses the text.
     *
     * @param what the kind of thing the id was to name, e.g. {@code "assembly"}
     * @param text the text received (shortened in the message when long)
     */
    public MalformedId(String what, String text) {
        super(ErrorKind.BAD_REQUEST, "malformed-id", "not a valid " + what + " id: '" + shorten(text) + "'");
    }

    private static String shorten(String text) {
        String s = String.valueOf(text);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
