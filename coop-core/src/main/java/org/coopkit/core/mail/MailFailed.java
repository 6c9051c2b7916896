package org.coopkit.core.mail;

/** A mail could not be handed to the relay; the outbox keeps it and tries again later. */
public final class MailFailed extends RuntimeException {
    /**
     * @param message what failed, for the outbox's record (never a password)
     * @param cause   the transport's exception
     */
    public MailFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
