package org.coopkit.carshare.ui;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens bound to the session: HMAC-SHA256 of the session token with a per-process secret.
 * No server-side state; a restart invalidates open forms (the member simply submits again).
 */
final class Csrf {
    private final byte[] secret = new byte[32];

    Csrf() {
        new SecureRandom().nextBytes(secret);
    }

    String tokenFor(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean matches(String session, String presented) {
        if (session == null || presented == null || presented.isEmpty()) return false;
        return MessageDigest.isEqual(tokenFor(session).getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
