package org.coopkit.carshare.accounts;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.coopkit.carshare.accounts.internal.ResetTokens;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.MemberLanguages;
import org.coopkit.core.CoreModule;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.auth.RateLimit;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.mail.Mail;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;

/**
 * Password reset by e-mail (docs/accounts.md). {@link #request} answers the same whatever the address,
 * so the form does not tell who is a member; a known address gets a link with a random single-use token
 * that works for {@link #LIFETIME}. Only the token's SHA-256 is stored. {@link #reset} uses the token
 * (a conditional update: of two uses one wins), sets the password and ends every session and token of
 * the member, in one transaction.
 */
public final class PasswordResets {
    /** How long a reset link works. */
    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Transactions tx;
    private final CoreModule core;
    private final ResetTokens tokens;
    private final MemberLanguages languages;
    private final URI baseUrl;
    private final Clock clock;
    private final RateLimit perAddress;
    private final RateLimit perMember;

    /**
     * @param core            the members, the outbox and the password service
     * @param baseUrl         where the app is reached from a mail (absolute links)
     * @param requestsPerHour reset requests an address may make per hour (the same limit for an unknown address)
     * @param clock           when links expire
     */
    public PasswordResets(CoreModule core, URI baseUrl, int requestsPerHour, Clock clock) {
        this.core = core;
        this.tx = core.transactions();
        this.tokens = new ResetTokens(tx);
        this.languages = new MemberLanguages(tx);
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.perAddress = new RateLimit(requestsPerHour, Duration.ofHours(1), clock);
        // a member's mailbox is not flooded by someone typing their address: at most 3 links an hour
        this.perMember = new RateLimit(3, Duration.ofHours(1), clock);
    }

    /**
     * Someone forgot their password: mails a reset link if the address is a member's; nothing says whether it was.
     *
     * @param email   the address typed
     * @param address the client's address (throttled per address, known or unknown e-mail alike)
     * @throws InvalidInput when the address is blank
     * @throws RetryLater (429) when this client address asked too often
     */
    public void request(String email, String address) {
        request(email, address, I18n.ENGLISH);
    }

    /**
     * As {@link #request(String, String)}, the mail in the language the member chose in the app, else
     * in {@code asked} (the language of the page the request came from).
     *
     * @param email   the address typed
     * @param address the client's address (rate limit)
     * @param asked   the page's language, for a member who chose none
     */
    public void request(String email, String address, I18n asked) {
        if (email == null || email.isBlank()) throw new InvalidInput("email", "Enter the e-mail address you applied with.");
        Optional<Duration> wait = perAddress.take(address == null ? "?" : address);
        if (wait.isPresent()) {
            throw RetryLater.tooManyRequests("too-many-reset-requests", "too many password reset requests from this address; try again later", wait.get());
        }
        Optional<Member> member = tx.inTransaction(() -> core.memberRegistry().findByEmail(email.trim()));
        if (member.isEmpty() || perMember.take(member.get().id().toString()).isPresent()) return; // same answer, no mail
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = Hashes.sha256(token);
        Instant now = clock.instant();
        Member m = member.get();
        I18n words = languages.of(m.id()).map(I18n::of).orElse(asked);
        tx.run(() -> {
            tokens.add(hash, m.id(), now, now.plus(LIFETIME));
            core.outbox().enqueue("password-reset:" + hash, mail(words, m, link(token)));
        });
    }

    /**
     * Whether a reset link still works (the page shows the form only then).
     *
     * @param token the token from the link
     * @return true when unused and unexpired
     */
    public boolean live(String token) {
        if (token == null || token.isBlank()) return false;
        return tx.inTransaction(() -> tokens.live(Hashes.sha256(token), clock.instant()));
    }

    /**
     * Uses a reset link: the new password is set and every session and token of the member ends.
     *
     * @param token       the token from the link
     * @param newPassword at least 10 characters
     * @return the member whose password was reset
     * @throws InvalidInput on the password when too short (the link still works), on the token when it
     *                      is unknown, used or expired
     */
    public MemberId reset(String token, String newPassword) {
        AuthService.checkPassword(newPassword);
        String hash = Hashes.sha256(token == null ? "" : token);
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            MemberId member = tokens.use(hash, now).orElseThrow(() -> new InvalidInput("token",
                    "This link has expired or was already used. Ask for a new one."));
            tokens.useAllOf(member, now);
            core.auth().setPassword(core.auth().actorFor(member), member, newPassword);
            return member;
        });
    }

    /** The member's reset requests, for the data export. */
    ResetTokens store() {
        return tokens;
    }

    private String link(String token) {
        String base = baseUrl.toString();
        return base + (base.endsWith("/") ? "" : "/") + "reset-password?token=" + token;
    }

    private static Mail mail(I18n w, Member m, String link) {
        String text = w.t("mail.dear", m.name()) + "\n\n" + w.t("mail.reset.asked") + "\n" + w.t("mail.reset.open") + "\n\n" + link + "\n\n"
                + w.t("mail.reset.once") + "\n";
        String html = "<p>" + escape(w.t("mail.dear", m.name())) + "</p><p>" + escape(w.t("mail.reset.asked")) + "</p>"
                + "<p><a href=\"" + escape(link) + "\">" + escape(w.t("mail.reset.link")) + "</a> " + escape(w.t("mail.reset.link.when")) + "</p>"
                + "<p>" + escape(w.t("mail.reset.ignore")) + "</p>";
        return new Mail(m.email(), w.t("mail.reset.subject"), text, html);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
