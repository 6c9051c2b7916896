package org.coopkit.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lowercase hex, the hash of every chain in CoopKit. */
public final class Hashes {
    /** The "previous hash" of the first link of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private Hashes() {
    }

    /**
     * SHA-256 of a text.
     *
     * @param text the text, hashed as UTF-8
     * @return 64 lowercase hex digits
     */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The next link: SHA-256(previous + "\n" + canonical).
     *
     * @param previousHash the hash of the link before, or {@link #GENESIS}
     * @param canonical    the canonical form of the new link
     * @return the new link's hash, 64 lowercase hex digits
     */
    public static String chain(String previousHash, String canonical) {
        return sha256(previousHash + "\n" + canonical);
    }
}
