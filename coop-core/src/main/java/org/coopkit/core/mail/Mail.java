package org.coopkit.core.mail;

import java.util.Objects;

/**
 * One message to one person: a plain-text part and an HTML part (the HTML says nothing the text does not).
 *
 * @param to      the recipient's address
 * @param subject one line
 * @param text    the plain-text body
 * @param html    the HTML body (escaped by whoever wrote it)
 */
public record Mail(String to, String subject, String text, String html) {
    /** Longest body a mail may have (each part), as the outbox stores it. */
    public static final int MAX_BODY = 4000;

    /**
     * Checks the mail.
     *
     * @param to      the recipient's address
     * @param subject one line
     * @param text    the plain-text body
     * @param html    the HTML body (escaped by whoever wrote it)
     * @throws IllegalArgumentException when the recipient is blank or longer than 320 characters, the
     *                                  subject is longer than 300 characters or has a line break, or a
     *                                  body part is longer than {@link #MAX_BODY}
     */
    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (to.isBlank() || to.length() > 320) throw new IllegalArgumentException("a mail needs one recipient address of at most 320 characters");
        if (subject.length() > 300 || subject.contains("\n")) throw new IllegalArgumentException("a mail's subject is one line of at most 300 characters");
        if (text.length() > MAX_BODY || html.length() > MAX_BODY) throw new IllegalArgumentException("a mail's body is at most " + MAX_BODY + " characters");
    }
}
