package org.coopkit.core.mail;

/**
 * Where mail leaves CoopKit: the application implements it (SMTP through Jakarta Mail, a folder of
 * .eml files, a test server), so the library modules never depend on SMTP.
 */
public interface MailPort {
    /**
     * Sends one mail, or throws {@link MailFailed} (the outbox retries it later). Called outside any
     * transaction, by the {@link OutboxSender} only.
     *
     * @param mail the mail to send
     * @throws MailFailed when the mail could not be handed over
     */
    void send(Mail mail);

    /**
     * A short description for the start-up log (never a password), e.g. {@code smtp.example.org:587}.
     *
     * @return one line naming where mail goes
     */
    String describe();
}
