package org.coopkit.core.auth;

/** A web session (the secret lives in a browser cookie) or an API token (sent as a bearer token). */
public enum TokenKind {
    /** A browser session; the secret is held in a cookie. */
    SESSION,
    /** An API token, sent as {@code Authorization: Bearer <token>}. */
    API
}
