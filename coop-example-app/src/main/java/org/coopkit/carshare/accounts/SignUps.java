package org.coopkit.carshare.accounts;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.auth.RateLimit;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.mail.Mail;
import org.coopkit.core.members.DuplicateEmail;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.persistence.Transactions;

/**
 * Sign-up with e-mail confirmation: {@link #signUp} checks the application by core's own rules, keeps it
 * pending ({@code carshare_signups}, the token's SHA-256 only) and mails a link valid {@link #LIFETIME};
 * {@link #confirm} takes the password and makes the application core's (the board then sees it) with the
 * consents ticked, in one transaction that deletes the pending row: of two uses of a link one wins.
 */
public final class SignUps {
    /** How long a confirmation link works. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final CoreModule core;
    private final Transactions tx;
    private final URI baseUrl;
    private final Clock clock;
    private final RateLimit perAddress;

    /** A sign-up as typed: the application's fields and the purposes consented to (none ticked by default). */
    public record SignUp(String name, String email, String category, List<String> consents) {
        public SignUp {
            consents = consents == null ? List.of() : List.copyOf(consents);
        }
    }

    public SignUps(CoreModule core, URI baseUrl, int requestsPerHour, Clock clock) {
        this.core = core;
        this.tx = core.transactions();
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.perAddress = new RateLimit(requestsPerHour, Duration.ofHours(1), clock);
    }

    private static final class DryRun extends RuntimeException {
        DryRun() {
            super(null, null, false, false);
        }
    }

    /**
     * Checks the application by core's rules (a dry run rolled back) and mails the confirmation link; an
     * address already registered gets a mail saying so instead (the page answers the same).
     *
     * @throws InvalidInput naming each field at fault; nothing is stored
     * @throws RetryLater (429) when this client address signed up too often
     */
    public void signUp(SignUp s, String address) {
        signUp(s, address, I18n.ENGLISH);
    }

    /**
     * As {@link #signUp(SignUp, String)}, the mail in the language of the page the applicant filled in.
     *
     * @param s        the application as typed
     * @param address  the client's address (rate limit)
     * @param language the page's language
     */
    public void signUp(SignUp s, String address, I18n language) {
        MemberApplication application = new MemberApplication(s.name() == null ? null : s.name().trim(),
                s.email() == null ? null : s.email().trim(), s.category(), null, null, null, null, null);
        boolean taken = false;
        try {
            tx.run(() -> {
                core.members().apply(Actor.anonymous(), application);
                throw new DryRun();
            });
        } catch (DryRun e) {
            // valid: nothing was written
        } catch (DuplicateEmail e) {
            taken = true;
        }
        for (String purpose : s.consents()) {
            if (core.dataPolicy().current().purpose(purpose).filter(p -> p.needsConsent()).isEmpty()) {
                throw new InvalidInput("consents", "Choose only among the uses listed.");
            }
        }
        Optional<Duration> wait = perAddress.take(address == null ? "?" : address);
        if (wait.isPresent()) throw RetryLater.tooManyRequests("too-many-sign-ups", "too many sign-ups from this address; try again later", wait.get());
        Instant now = clock.instant();
        purgeExpired(now);
        if (taken) {
            core.outbox().enqueue("sign-up-taken:" + Hashes.sha256(application.email() + now), new Mail(application.email(), language.t("mail.taken.subject"),
                    language.t("mail.taken.text") + "\n" + language.t("mail.taken.forgot") + " " + link("forgot-password") + "\n",
                    "<p>" + PasswordResets.escape(language.t("mail.taken.text")) + "</p><p><a href=\"" + link("forgot-password") + "\">"
                            + PasswordResets.escape(language.t("mail.taken.forgot")) + "</a></p>"));
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = Hashes.sha256(token);
        String confirm = link("signup/confirm?token=" + token);
        tx.run(() -> {
            tx.entityManager().createNativeQuery("insert into carshare_signups (token_hash, name, email, category, consents, created_at, expires_at) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, hash).setParameter(2, application.name())
                    .setParameter(3, application.email()).setParameter(4, application.category()).setParameter(5, String.join(",", s.consents()))
                    .setParameter(6, now.toEpochMilli()).setParameter(7, now.plus(LIFETIME).toEpochMilli()).executeUpdate();
            core.outbox().enqueue("sign-up:" + hash, new Mail(application.email(), language.t("mail.signup.subject"),
                    language.t("mail.dear", application.name()) + "\n\n" + language.t("mail.signup.open") + "\n\n" + confirm + "\n\n"
                            + language.t("mail.signup.ignore") + "\n",
                    "<p>" + PasswordResets.escape(language.t("mail.dear", application.name())) + "</p><p><a href=\"" + PasswordResets.escape(confirm)
                            + "\">" + PasswordResets.escape(language.t("mail.signup.link")) + "</a> " + PasswordResets.escape(language.t("mail.signup.link.when"))
                            + "</p><p>" + PasswordResets.escape(language.t("mail.signup.ignore.short")) + "</p>"));
        });
    }

    /**
     * Deletes the applications whose link has expired: their name and address are worth nothing after a day and
     * are not kept (the confirmation mail says so). Runs with each new sign-up.
     *
     * @param now the app clock's instant
     * @return how many expired applications were deleted
     */
    int purgeExpired(Instant now) {
        return tx.inTransaction(() -> tx.entityManager().createNativeQuery("delete from carshare_signups where expires_at <= ?1")
                .setParameter(1, now.toEpochMilli()).executeUpdate());
    }

    /**
     * Whether a confirmation link still works.
     *
     * @param token the token from the link
     * @return true when unused and unexpired
     */
    public boolean live(String token) {
        if (token == null || token.isBlank()) return false;
        return !tx.inTransaction(() -> tx.entityManager().createNativeQuery(
                        "select name from carshare_signups where token_hash = ?1 and expires_at > ?2")
                .setParameter(1, Hashes.sha256(token)).setParameter(2, clock.instant().toEpochMilli()).getResultList()).isEmpty();
    }

    /**
     * Confirms the application: the applicant exists from now on, with the password and the consents chosen.
     *
     * @throws InvalidInput on the password when too short (the link still works), on the token when unknown, used or expired
     */
    public Member confirm(String token, String password) {
        AuthService.checkPassword(password);
        String hash = Hashes.sha256(token == null ? "" : token);
        return tx.inTransaction(() -> {
            List<?> rows = tx.entityManager().createNativeQuery(
                            "select name, email, category, consents from carshare_signups where token_hash = ?1 and expires_at > ?2")
                    .setParameter(1, hash).setParameter(2, clock.instant().toEpochMilli()).getResultList();
            InvalidInput dead = new InvalidInput("token", "This link has expired or was already used. Sign up again.");
            if (rows.isEmpty()) throw dead;
            // the delete decides: of two uses racing on one link, the database lets one remove the row
            int deleted = tx.entityManager().createNativeQuery("delete from carshare_signups where token_hash = ?1")
                    .setParameter(1, hash).executeUpdate();
            if (deleted != 1) throw dead;
            Object[] r = (Object[]) rows.get(0);
            Member m = core.members().apply(Actor.anonymous(), MemberApplication.of((String) r[0], (String) r[1], (String) r[2]).withPassword(password));
            Actor self = core.auth().actorFor(m.id());
            for (String purpose : String.valueOf(r[3]).split(",")) if (!purpose.isBlank()) core.consents().grant(self, m.id(), purpose);
            return m;
        });
    }

    private String link(String path) {
        String base = baseUrl.toString();
        return base + (base.endsWith("/") ? "" : "/") + path;
    }
}
