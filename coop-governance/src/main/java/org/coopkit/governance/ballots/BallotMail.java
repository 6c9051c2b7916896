package org.coopkit.governance.ballots;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.text.MessageFormat;
import org.coopkit.core.mail.Mail;
import org.coopkit.core.mail.Outbox;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;

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
 * @param language       the language each member reads their mail in (the application's setting; English when it knows none).
 *                       Governance speaks English and French ({@code org/coopkit/governance/ballots/ballot-mail_*.properties});
 *                       any other language gets the English text
 */
public record BallotMail(Outbox outbox, String ballotLink, Duration reminderBefore, ZoneId zone, Function<MemberId, Locale> language) {
    /** The consent purpose a member gives to receive ballot reminders (core's data-use policy names it). */
    public static final String REMINDER_PURPOSE = "ballot-reminders";
    private static final String BUNDLE = "org.coopkit.governance.ballots.ballot-mail";

    /**
     * Checks the settings: an outbox and a zone, an absolute http(s) {@code ballotLink} with {@code {ballot}}, and a positive {@code reminderBefore}.
     * @throws IllegalArgumentException if the link or the delay is wrong
     * @param outbox core's outbox
     * @param ballotLink absolute http(s) link to a ballot's page, with {@code {ballot}}
     * @param reminderBefore how long before the close the reminder goes
     * @param zone the time zone deadlines are written in
     * @param language each member's language; {@code null} for English to everyone
     */
    public BallotMail {
        Objects.requireNonNull(outbox, "outbox");
        if (language == null) language = member -> Locale.ENGLISH;
        Objects.requireNonNull(zone, "zone");
        URI sample = URI.create(ballotLink.replace("{ballot}", "x"));
        if (!ballotLink.contains("{ballot}") || !sample.isAbsolute() || !(sample.getScheme().equals("http") || sample.getScheme().equals("https"))) {
            throw new IllegalArgumentException("ballotLink must be an absolute http(s) link containing {ballot}, not '" + ballotLink + "'");
        }
        if (reminderBefore.isNegative() || reminderBefore.isZero()) throw new IllegalArgumentException("reminderBefore must be positive");
    }

    /**
     * Every mail in English, for an application that keeps no language per member.
     *
     * @param outbox core's outbox
     * @param ballotLink absolute http(s) link to a ballot's page, with {@code {ballot}}
     * @param reminderBefore how long before the close the reminder goes
     * @param zone the time zone deadlines are written in
     */
    public BallotMail(Outbox outbox, String ballotLink, Duration reminderBefore, ZoneId zone) {
        this(outbox, ballotLink, reminderBefore, zone, null);
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
        Words w = words(m);
        String deadline = w.deadline(b);
        return mail(w, m, w.t("invitation.subject", b.spec().question()), w.t("invitation.open"),
                w.t("invitation.what", b.spec().question()), w.t("closes", deadline), b);
    }

    Mail reminder(Ballot b, Member m) {
        Words w = words(m);
        String deadline = w.deadline(b);
        return mail(w, m, w.t("reminder.subject", deadline, b.spec().question()), w.t("reminder.not-voted", b.spec().question()),
                w.t("closes", deadline), w.t("reminder.why", REMINDER_PURPOSE), b);
    }

    Mail receipt(Ballot b, Member m, String trackingCode) {
        Words w = words(m);
        return mail(w, m, w.t("receipt.subject", b.spec().question()), w.t("receipt.recorded", b.spec().question()),
                w.t("receipt.code", trackingCode), w.t("receipt.check"), b);
    }

    private Words words(Member m) {
        Locale asked = language.apply(m.id());
        Locale l = asked != null && asked.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        return new Words(l, ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), zone);
    }

    /** One language's texts ({@code {0}}-style arguments; apostrophes are written plainly in the bundles). */
    private record Words(Locale locale, ResourceBundle bundle, ZoneId zone) {
        String t(String key, Object... args) {
            return new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(args);
        }

        String deadline(Ballot b) {
            return DateTimeFormatter.ofPattern(bundle.getString("deadline.pattern"), locale).format(b.spec().closesAt().atZone(zone));
        }
    }

    private Mail mail(Words w, Member m, String subject, String l1, String l2, String l3, Ballot b) {
        String greeting = w.t("greeting", m.name());
        String link = linkTo(b.id()).toString();
        String oneLine = subject.replaceAll("[\\r\\n]+", " ");
        if (oneLine.length() > 300) oneLine = oneLine.substring(0, 297) + "...";
        String text = greeting + "\n\n" + l1 + "\n" + l2 + "\n" + l3 + "\n\n" + w.t("ballot") + " " + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + w.locale().getLanguage() + "\"><body><p>" + esc(greeting) + "</p><p>" + esc(l1) + "<br>" + esc(l2)
                + "<br>" + esc(l3) + "</p><p><a href=\"" + esc(link) + "\">" + esc(w.t("go")) + "</a></p></body></html>";
        return new Mail(m.email(), oneLine, text, html);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
