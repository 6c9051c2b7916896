package org.coopkit.carshare.config;

import java.util.Objects;

/**
 * A password or other secret setting. It prints as {@code ****} wherever it ends up (a log line, an
 * exception message, a record's {@code toString}); only {@link #reveal()} gives the value, to the one
 * library call that needs it.
 *
 * @param source where it came from, e.g. {@code COOP_DB_PASSWORD_FILE=/run/secrets/db} (never the value)
 */
public record Secret(String value, String source) {
    /** Requires a value and a source. */
    public Secret {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** The secret itself: hand it to the JDBC pool or the SMTP client, never to a log. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "**** (from " + source + ")";
    }
}
