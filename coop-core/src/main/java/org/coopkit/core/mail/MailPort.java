package org.coopkit.core.mail;

/**
 * Where mail leaves CoopKit: the application implements it (SMTP through Jakarta Mail, a folder of
 * .eml files, a test server), so the library modules never depend on SMTP.
 */
public interface MailPort {
    /**
     * Sends one mail, or throws {@link MailFailed} (the outbox retries it later). Called outside any
     * transaction, by the {@link OutboxSender} only.
     */
    void send(Mail mail);

    /** A short description for the start-up log (never a password), e.g. {@code smtp.example.org:587}. */
    String describe();
}
