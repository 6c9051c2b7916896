package org.coopkit.governance.ballots;

import java.util.Locale;

/** What a voter keeps: the tracking code under which their choice appears on the public board after close. */
public record Receipt(BallotId ballot, String trackingCode) {

    /**
     * A tracking code as people type it — any case, with or without dashes or spaces — in the form
     * the board prints ({@code XXXXX-XXXXX-XXXXX-XXXXX}); what is not a code comes back as typed, uppercased.
     *
     * @param typed the code as the voter typed it, or null
     * @return the canonical code, or the input uppercased, or empty for null
     */
    public static String canonicalCode(String typed) {
        if (typed == null) return "";
        String bare = typed.replaceAll("[\\s\\-‐-―_]", "").toUpperCase(Locale.ROOT);
        if (!bare.matches("[0-9A-F]{20}")) return bare;
        return String.join("-", bare.substring(0, 5), bare.substring(5, 10), bare.substring(10, 15), bare.substring(15, 20));
    }
}
