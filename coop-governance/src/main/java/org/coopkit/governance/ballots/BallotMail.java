package org.coopkit.governance.ballots;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.coopkit.core.mail.Mail;
import org.coopkit.core.mail.Outbox;
import org.coopkit.core.members.Member;

/**
 * What governance mails (docs/mail.md): the invitation to each member on the roll when a ballot
 * opens, one reminder before the close to those on the roll who have not voted and turned reminders
 * on (consent purpose {@value #REMINDER_PURPOSE}), and the receipt a voter asks for. Each has a text
 * and an HTML part and an absolute link built from the application's {@code ballotLink} template
 * ({@code {ballot}} is replaced by the ballot's id). The mail goes to core's {@link Outbox} in the
 * transaction of its cause and is sent after commit.
 *
 * @param outbox         core's outbox
 * @param ballotLink     absolute http(s) link to a ballot's page, with {@code {ballot}}, e.g. {@code https://coop.example/vote/{ballot}}
 * @param reminderBefore how long before the close the reminder goes (e.g. 48 hours)
 * @param zone           the time zone deadlines are written in
 */
public record BallotMail(Outbox outbox, String ballotLink, Duration reminderBefore, ZoneId zone) {
    /** The consent purpose a member gives to receive ballot reminders (core's data-use policy names it). */
    public static final String REMINDER_PURPOSE = "ballot-reminders";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm (z)", Locale.ENGLISH);

    /**
     * Checks the settings: an outbox and a zone, an absolute http(s) {@code ballotLink} with {@code {ballot}}, and a positive {@code reminderBefore}.
     * @throws IllegalArgumentException if the link or the delay is wrong
     * @param outbox core's outbox
     * @param ballotLink absolute http(s) link to a ballot's page, with {@code {ballot}}
     * @param reminderBefore how long before the close the reminder goes
     * @param zone the time zone deadlines are written in
     */
    public BallotMail {
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(zone, "zone");
        URI sample = URI.create(ballotLink.replace("{ballot}", "x"));
        if (!ballotLink.contains("{ballot}") || !sample.isAbsolute() || !(sample.getScheme().equals("http") || sample.getScheme().equals("https"))) {
            throw new IllegalArgumentException("ballotLink must be an absolute http(s) link containing {ballot}, not '" + ballotLink + "'");
        }
        if (reminderBefore.isNegative() || reminderBefore.isZero()) throw new IllegalArgumentException("reminderBefore must be positive");
    }

    /**
     * The absolute link to the ballot's page.
     *
     * @param ballot the ballot
     * @return the link with the ballot's id in place of {@code {ballot}}
     */
    public URI linkTo(BallotId ballot) {
        return URI.create(ballotLink.replace("{ballot}", ballot.toString()));
    }

    Mail invitation(Ballot b, Member m) {
        String deadline = WHEN.format(b.spec().closesAt().atZone(zone));
        return mail(m, "Vote open: " + b.spec().question(), "Dear " + m.name() + ",",
                "A ballot is open and you are on its electoral roll.",
                "What is decided: " + b.spec().question(),
                "Voting closes on " + deadline + ".", b);
    }

    Mail reminder(Ballot b, Member m) {
        String deadline = WHEN.format(b.spec().closesAt().atZone(zone));
        return mail(m, "Reminder: vote before " + deadline + " - " + b.spec().question(), "Dear " + m.name() + ",",
                "You have not voted yet on: " + b.spec().question(),
                "Voting closes on " + deadline + ".",
                "You receive this reminder because you turned ballot reminders on (consent \"ballot-reminders\"); you can turn them off at any time.", b);
    }

    Mail receipt(Ballot b, Member m, String trackingCode) {
        return mail(m, "Your voting receipt: " + b.spec().question(), "Dear " + m.name() + ",",
                "Your vote on \"" + b.spec().question() + "\" was recorded.",
                "Your tracking code: " + trackingCode,
                "After the close, find this code on the public ballot board to check your choice was counted as cast. Keep it to yourself.", b);
    }

    private Mail mail(Member m, String subject, String greeting, String l1, String l2, String l3, Ballot b) {
        String link = linkTo(b.id()).toString();
        String oneLine = subject.replaceAll("[\\r\\n]+", " ");
        if (oneLine.length() > 300) oneLine = oneLine.substring(0, 297) + "...";
        String text = greeting + "\n\n" + l1 + "\n" + l2 + "\n" + l3 + "\n\nThe ballot: " + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"en\"><body><p>" + esc(greeting) + "</p><p>" + esc(l1) + "<br>" + esc(l2) + "<br>" + esc(l3)
                + "</p><p><a href=\"" + esc(link) + "\">Go to the ballot</a></p></body></html>";
        return new Mail(m.email(), oneLine, text, html);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
