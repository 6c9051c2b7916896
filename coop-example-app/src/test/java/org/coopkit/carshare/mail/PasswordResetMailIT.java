package org.coopkit.carshare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.accounts.PasswordResets;
import org.coopkit.core.auth.IssuedToken;
import org.coopkit.core.auth.TokenKind;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.mail.MailPort;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.MemberLanguages;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password reset by e-mail through the outbox and a real SMTP conversation (GreenMail): the link works
 * once and for an hour, ends every session, and the request tells nothing about who is a member.
 */
class PasswordResetMailIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);
    static final CarshareApp.MailConfig MAIL = new CarshareApp.MailConfig(URI.create("https://coop.example/"), Duration.ofHours(48));
    static final Pattern LINK = Pattern.compile("https://coop\\.example/reset-password\\?token=([A-Za-z0-9_-]{43})");
    static final String NEW_PASSWORD = "a-new-password-2026";

    static MailPort smtp(Running r) {
        return new SmtpMail("127.0.0.1", SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(), "accounts@coop.example", r.clock());
    }

    static PasswordResets resets(Running r) {
        return r.app().passwordResets().orElseThrow();
    }

    /** Drains the outbox and returns the token of the one reset mail that went to {@code m}. */
    static String mailedToken(Running r, Member m) throws Exception {
        assertThat(r.app().core().outboxSender(smtp(r)).drainOnce()).isEqualTo(1);
        MimeMessage mail = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(m.email());
        assertThat(mail.getSubject()).isEqualTo("Reset your password");
        String text = GreenMailUtil.getBody(((Multipart) mail.getContent()).getBodyPart(0));
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    static IssuedToken session(Running r, Member m, String password) {
        return r.app().core().auth().login(m.email(), password, "web session", TokenKind.SESSION, "10.0.0.1", "test");
    }

    static boolean works(Running r, IssuedToken t) {
        try {
            r.app().core().auth().authenticate(t.secret(), TokenKind.SESSION);
            return true;
        } catch (CoopException e) {
            return false;
        }
    }

    @EachDatabase
    void the_reset_mail_speaks_the_language_the_member_chose_else_the_pages(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member claire = r.member("Claire Dubois", "user");
        Member ben = r.member("Ben Jones", "user");
        new MemberLanguages(r.app().core().transactions()).save(claire.id(), I18n.FRENCH);
        new MemberLanguages(r.app().core().transactions()).save(ben.id(), I18n.ENGLISH);

        // asked from an English page: Claire chose French, so French; asked from a French page: Ben chose English
        resets(r).request(claire.email(), "10.0.0.7", I18n.ENGLISH);
        resets(r).request(ben.email(), "10.0.0.7", I18n.FRENCH);
        assertThat(r.app().core().outboxSender(smtp(r)).drainOnce()).isEqualTo(2);
        MimeMessage fr = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals(claire.email())).findFirst().orElseThrow();
        MimeMessage en = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals(ben.email())).findFirst().orElseThrow();
        assertThat(fr.getSubject()).isEqualTo("Réinitialiser votre mot de passe");
        // decoded, not the quoted-printable wire form (French accents make the encoder break lines inside the link)
        String frText = (String) ((Multipart) fr.getContent()).getBodyPart(0).getContent();
        assertThat(frText).contains("Bonjour Claire Dubois", "ouvrez ce lien dans l'heure").doesNotContain("Dear");
        assertThat(LINK.matcher(frText).find()).isTrue();
        assertThat(en.getSubject()).isEqualTo("Reset your password");
        assertThat(GreenMailUtil.getBody(((Multipart) en.getContent()).getBodyPart(0))).contains("Dear Ben Jones").doesNotContain("Bonjour");
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @EachDatabase
    void the_mailed_link_sets_a_new_password_once_and_ends_every_session(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member ada = r.member("Ada Lovelace", "user");
        IssuedToken phone = session(r, ada, CoreFixtures.PASSWORD);
        IssuedToken laptop = session(r, ada, CoreFixtures.PASSWORD);

        resets(r).request(ada.email(), "10.0.0.1");
        String token = mailedToken(r, ada);
        assertThat(resets(r).live(token)).isTrue();
        resets(r).reset(token, NEW_PASSWORD);

        assertThat(works(r, phone)).isFalse();
        assertThat(works(r, laptop)).isFalse();
        assertThat(works(r, session(r, ada, NEW_PASSWORD))).isTrue();
        assertThatThrownBy(() -> session(r, ada, CoreFixtures.PASSWORD)).isInstanceOf(CoopException.class);
        // used once: the same link is refused and changes nothing
        assertThat(resets(r).live(token)).isFalse();
        assertThatThrownBy(() -> resets(r).reset(token, "yet-another-password")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("expired or was already used");
        assertThat(works(r, session(r, ada, NEW_PASSWORD))).isTrue();
        // the database holds the token's hash, never the token
        Object stored = r.app().core().transactions().inTransaction(() -> r.app().core().transactions().entityManager()
                .createNativeQuery("select token_hash from carshare_password_resets").getSingleResult());
        assertThat(stored).isEqualTo(org.coopkit.core.audit.Hashes.sha256(token)).isNotEqualTo(token);
    }

    @EachDatabase
    void a_link_expires_after_an_hour_and_then_changes_nothing(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member ada = r.member("Ada Lovelace", "user");
        resets(r).request(ada.email(), "10.0.0.1");
        String token = mailedToken(r, ada);
        r.clock().advance(PasswordResets.LIFETIME.plusSeconds(1));

        assertThat(resets(r).live(token)).isFalse();
        assertThatThrownBy(() -> resets(r).reset(token, NEW_PASSWORD)).isInstanceOf(InvalidInput.class);
        assertThat(works(r, session(r, ada, CoreFixtures.PASSWORD))).isTrue();
    }

    @EachDatabase
    void an_unknown_address_gets_the_same_answer_and_no_mail(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member ada = r.member("Ada Lovelace", "user");
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            HttpResponse<String> unknown = post(server, "/forgot-password", "email=" + enc("nobody@example.org"));
            assertThat(r.app().core().outboxSender(smtp(r)).drainOnce()).isZero();
            assertThat(SMTP.getReceivedMessages()).isEmpty();
            HttpResponse<String> known = post(server, "/forgot-password", "email=" + enc(ada.email()));
            assertThat(r.app().core().outboxSender(smtp(r)).drainOnce()).isEqualTo(1);

            assertThat(unknown.statusCode()).isEqualTo(200).isEqualTo(known.statusCode());
            assertThat(unknown.body()).isEqualTo(known.body()).contains("If this address belongs to an account of the co-op");
        }
    }

    @EachDatabase
    void two_uses_of_one_link_at_once_let_exactly_one_set_the_password(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 6, MAIL);
        Member ada = r.member("Ada Lovelace", "user");
        resets(r).request(ada.email(), "10.0.0.1");
        String token = mailedToken(r, ada);

        var uses = Concurrently.run(4, 4, i -> resets(r).reset(token, NEW_PASSWORD + i));
        assertThat(uses.stream().filter(Concurrently.Outcome::ok)).hasSize(1);
        assertThat(uses.stream().filter(o -> !o.ok())).allSatisfy(o -> assertThat(o.error()).isInstanceOf(InvalidInput.class));
        int winner = java.util.stream.IntStream.range(0, 4).filter(i -> uses.get(i).ok()).findFirst().orElseThrow();
        assertThat(works(r, session(r, ada, NEW_PASSWORD + winner))).isTrue();
    }

    @EachDatabase
    void the_reset_page_keeps_the_link_on_a_too_short_password_and_changes_nothing(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member ada = r.member("Ada Lovelace", "user");
        resets(r).request(ada.email(), "10.0.0.1");
        String token = mailedToken(r, ada);
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            HttpResponse<String> form = get(server, "/reset-password?token=" + token);
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.headers().firstValue("Referrer-Policy")).contains("no-referrer");

            HttpResponse<String> tooShort = post(server, "/reset-password", "token=" + token + "&password=short");
            assertThat(tooShort.statusCode()).isEqualTo(422);
            assertThat(tooShort.body()).contains("id=\"password-error\"", "at least 10 characters", "value=\"" + token + "\"")
                    .doesNotContain("value=\"short\"");
            assertThat(works(r, session(r, ada, CoreFixtures.PASSWORD))).isTrue();

            HttpResponse<String> done = post(server, "/reset-password", "token=" + token + "&password=" + enc(NEW_PASSWORD));
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(get(server, "/reset-password?token=" + token).statusCode()).isEqualTo(410);
            assertThat(works(r, session(r, ada, NEW_PASSWORD))).isTrue();
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static HttpResponse<String> get(ApiServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(ApiServer server, String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
