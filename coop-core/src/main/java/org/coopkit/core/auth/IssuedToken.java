package org.coopkit.core.auth;

/** A token just issued: {@code secret} is shown to the holder once and never stored. */
public record IssuedToken(String id, String secret) {
}
