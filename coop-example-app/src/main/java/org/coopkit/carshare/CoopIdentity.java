package org.coopkit.carshare;

/**
 * Who the co-op is on a receipt: its name (from the statutes), legal form, registered address and
 * registration, as French law asks of an invoice. The demo's values stand until an operator sets
 * {@code COOP_LEGAL_FORM}, {@code COOP_ADDRESS} and {@code COOP_REGISTRATION}.
 *
 * @param name         the co-op's name, as its statutes give it
 * @param legalForm    e.g. "SCIC SAS à capital variable"
 * @param address      the registered office
 * @param registration the trade register entry (RCS / SIREN)
 */
public record CoopIdentity(String name, String legalForm, String address, String registration) {
    /** The identity of the co-op whose statutes are given, with the legal details from the environment (demo values otherwise). */
    public static CoopIdentity of(String name) {
        return new CoopIdentity(name, env("COOP_LEGAL_FORM", "SCIC SAS à capital variable"),
                env("COOP_ADDRESS", "12 rue de la Coopération, 69001 Lyon, France"),
                env("COOP_REGISTRATION", "RCS Lyon 000 000 000 (demo)"));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /** One line for the foot of a receipt. */
    public String line() {
        return name + ", " + legalForm + " · " + address + " · " + registration;
    }
}
