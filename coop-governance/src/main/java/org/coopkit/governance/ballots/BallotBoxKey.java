package org.coopkit.governance.ballots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.coopkit.core.members.MemberId;

/**
 * The server key that lets a secret vote be replaced by its own voter only (docs/secret-revoting.md).
 *
 * <p>Each box entry of an open secret ballot carries {@code HMAC-SHA256(key, ballot ‖ member)}, the
 * owner tag: a revote quoting a tracking code replaces that entry only when the tag computed for the
 * requesting voter matches. Without the key (a database dump, the published board) the tag links no
 * choice to a member; the tags are erased when the ballot closes, so afterwards nobody can link them,
 * key or not. Keep the key outside the database (a file or a secret of the deployment); a new key
 * makes the votes cast before it irreplaceable, never replaceable by someone else.
 */
public final class BallotBoxKey {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    private BallotBoxKey(byte[] key) {
        if (key.length < 32) throw new IllegalArgumentException("a ballot box key has at least 32 bytes");
        this.key = key.clone();
    }

    /**
     * A fresh key, for tests and for a process whose open ballots need not survive a restart.
     *
     * @return a random 32-byte key
     */
    public static BallotBoxKey random() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return new BallotBoxKey(k);
    }

    /**
     * The key written in hex (at least 32 bytes).
     * @param hex the key in hexadecimal, surrounding whitespace ignored
     * @return the key
     * @throws IllegalArgumentException if it is not hex or shorter than 32 bytes
     */
    public static BallotBoxKey ofHex(String hex) {
        return new BallotBoxKey(HexFormat.of().parseHex(hex.strip()));
    }

    /**
     * Reads the key from a file holding it in hex, creating the file (owner-only where the file system allows) if absent.
     *
     * @param file the key file
     * @return the key read or created
     */
    public static BallotBoxKey fromFile(Path file) {
        try {
            if (Files.exists(file)) return ofHex(Files.readString(file, StandardCharsets.US_ASCII));
            BallotBoxKey k = random();
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, HexFormat.of().formatHex(k.key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the deployment protects the folder
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ballot box key " + file, e);
        }
    }

    /**
     * The owner tag of a (ballot, member) pair.
     *
     * @param ballot the ballot
     * @param member the voter
     * @return the HMAC-SHA256 tag, in hex
     */
    public String tag(BallotId ballot, MemberId member) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((ballot + "|" + member).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Compares two tags in constant time. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "BallotBoxKey[hidden]";
    }
}
