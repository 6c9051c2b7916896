package org.coopkit.core.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coopkit.core.errors.InvalidInput;

/**
 * An id the client picks for one request it may have to send again (the REST header
 * {@code Idempotency-Key}): a retry with the same id and the same content is answered with the
 * original result and takes no second effect; the same id with other content is refused with
 * {@link RequestIdReused}.
 *
 * <p>16 to 128 characters of {@code A-Z a-z 0-9 . _ : ~ -}: a random UUID is the intended value. The
 * length floor matters for votes, whose stored request data is sealed with the id (only its holder
 * can read it back).
 *
 * @param value the id as the client sent it
 */
public record RequestId(String value) {
    /** The HTTP header that carries it. */
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:~-]{16,128}");

    /**
     * Checks the form of the id.
     *
     * @param value the id as the client sent it
     * @throws InvalidInput when it is not 16 to 128 allowed characters
     */
    public RequestId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInput(HEADER, "must be 16 to 128 characters of letters, digits and . _ : ~ - (a random UUID)");
        }
    }

    /**
     * The id of a header value: empty when the header is absent, refused (422) when it is malformed.
     *
     * @param header the {@code Idempotency-Key} header's value, may be null
     * @return the id, stripped of surrounding spaces, or empty
     * @throws InvalidInput when the value is malformed
     */
    public static Optional<RequestId> fromHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new RequestId(header.strip()));
    }

    /**
     * SHA-256 (hex) of the parts, each length-prefixed so that no two lists of parts give the same
     * input: what a service stores to recognise the content of a retried request.
     *
     * @param parts the request's content, each written with {@link String#valueOf(Object)}
     * @return 64 lowercase hex digits
     */
    public static String digest(Object... parts) {
        return HexFormat.of().formatHex(digestBytes(parts));
    }

    /**
     * The raw SHA-256 of the length-prefixed parts (see {@link #digest}).
     *
     * @param parts the request's content
     * @return 32 bytes
     */
    public static byte[] digestBytes(Object... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                byte[] b = String.valueOf(p).getBytes(StandardCharsets.UTF_8);
                md.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
                md.update(b);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
