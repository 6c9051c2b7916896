package org.coopkit.core.auth;

/** A web session (the secret lives in a browser cookie) or an API token (sent as a bearer token). */
public enum TokenKind {
    SESSION, API
}
