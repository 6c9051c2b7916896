package org.coopkit.carshare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.carshare.mail.PasswordResetMailIT.enc;
import static org.coopkit.carshare.mail.PasswordResetMailIT.get;
import static org.coopkit.carshare.mail.PasswordResetMailIT.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.accounts.SignUps;
import org.coopkit.core.auth.TokenKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Joining online: the application exists for the board only once its e-mail was confirmed, by a link
 * that works once and for 24 hours; a bad form changes nothing and keeps what was typed.
 */
class SignUpMailIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);
    static final CarshareApp.MailConfig MAIL = new CarshareApp.MailConfig(URI.create("https://coop.example/"), Duration.ofHours(48));
    static final Pattern LINK = Pattern.compile("https://coop\\.example/signup/confirm\\?token=([A-Za-z0-9_-]{43})");
    static final String PASSWORD = "my-first-password";

    static SignUps signUps(Running r) {
        return r.app().signUps().orElseThrow();
    }

    static String mailedToken(Running r, String to) throws Exception {
        assertThat(r.app().core().outboxSender(new SmtpMail("127.0.0.1", SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                "accounts@coop.example", r.clock())).drainOnce()).isEqualTo(1);
        MimeMessage mail = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(to);
        assertThat(mail.getSubject()).isEqualTo("Confirm your application");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(((Multipart) mail.getContent()).getBodyPart(0)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    static Optional<Member> applicant(Running r, String email) {
        return r.app().core().transactions().inTransaction(() -> r.app().core().memberRegistry().findByEmail(email));
    }

    @EachDatabase
    void the_application_reaches_the_board_once_its_address_is_confirmed_by_a_single_use_link(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        signUps(r).signUp(new SignUps.SignUp("Emma Rossi", "emma@example.org", "user", List.of("ballot-reminders")), "10.0.0.2");
        assertThat(applicant(r, "emma@example.org")).isEmpty(); // not the board's to see before confirmation
        String token = mailedToken(r, "emma@example.org");

        Member emma = signUps(r).confirm(token, PASSWORD);
        assertThat(emma.status()).isEqualTo(MemberStatus.APPLICANT);
        assertThat(applicant(r, "emma@example.org")).isPresent();
        assertThat(r.app().core().consents().has(emma.id(), "ballot-reminders")).isTrue();
        assertThat(r.app().core().auth().login("emma@example.org", PASSWORD, "web", TokenKind.SESSION, "10.0.0.2", "t")).isNotNull();
        assertThatThrownBy(() -> signUps(r).confirm(token, PASSWORD)).isInstanceOf(InvalidInput.class).hasMessageContaining("already used");
        assertThat(signUps(r).live(token)).isFalse();
    }

    @EachDatabase
    void a_confirmation_link_expires_after_a_day_and_nothing_is_applied(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        signUps(r).signUp(new SignUps.SignUp("Emma Rossi", "emma@example.org", "user", List.of()), "10.0.0.2");
        String token = mailedToken(r, "emma@example.org");
        r.clock().advance(SignUps.LIFETIME.plusSeconds(1));
        assertThatThrownBy(() -> signUps(r).confirm(token, PASSWORD)).isInstanceOf(InvalidInput.class);
        assertThat(applicant(r, "emma@example.org")).isEmpty();
    }

    @EachDatabase
    void an_expired_application_is_deleted_when_the_next_one_arrives_and_a_live_one_is_kept(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        signUps(r).signUp(new SignUps.SignUp("Emma Rossi", "emma@example.org", "user", List.of()), "10.0.0.2");
        mailedToken(r, "emma@example.org");
        r.clock().advance(SignUps.LIFETIME.minusMinutes(1));
        signUps(r).signUp(new SignUps.SignUp("Farid Benali", "farid@example.org", "user", List.of()), "10.0.0.3");
        assertThat(pendingEmails(r)).containsExactlyInAnyOrder("emma@example.org", "farid@example.org"); // Emma's link still lives
        r.clock().advance(Duration.ofMinutes(2));
        signUps(r).signUp(new SignUps.SignUp("Gaëlle Martin", "gaelle@example.org", "user", List.of()), "10.0.0.4");
        assertThat(pendingEmails(r)).containsExactlyInAnyOrder("farid@example.org", "gaelle@example.org"); // Emma's name and address are gone
    }

    static List<String> pendingEmails(Running r) {
        return r.app().core().transactions().inTransaction(() -> r.app().core().transactions().entityManager()
                .createNativeQuery("select email from carshare_signups").getResultList().stream().map(Object::toString).toList());
    }

    @EachDatabase
    void two_uses_of_one_confirmation_link_at_once_make_one_application(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 6, MAIL);
        signUps(r).signUp(new SignUps.SignUp("Emma Rossi", "emma@example.org", "user", List.of()), "10.0.0.2");
        String token = mailedToken(r, "emma@example.org");
        var uses = Concurrently.run(4, 4, i -> signUps(r).confirm(token, PASSWORD));
        assertThat(uses.stream().filter(Concurrently.Outcome::ok)).hasSize(1);
        assertThat(applicant(r, "emma@example.org")).isPresent();
    }

    @EachDatabase
    void a_bad_form_says_what_is_wrong_next_to_the_field_keeps_the_rest_and_stores_nothing(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            HttpResponse<String> page = get(server, "/signup");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("name=\"consents\"").doesNotContain("checked");
            HttpResponse<String> bad = post(server, "/signup", "name=" + enc("Emma Rossi") + "&email=not-an-address&category=provider");
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("id=\"email-error\"", "Enter an e-mail address", "value=\"Emma Rossi\"", "value=\"not-an-address\"")
                    .containsPattern("value=\"provider\"\\s+selected");
            assertThat(r.app().core().outboxSender(new SmtpMail("127.0.0.1", SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                    "accounts@coop.example", r.clock())).drainOnce()).isZero();
            Object pending = r.app().core().transactions().inTransaction(() -> r.app().core().transactions().entityManager()
                    .createNativeQuery("select count(*) from carshare_signups").getSingleResult());
            assertThat(((Number) pending).intValue()).isZero();
            assertThat(applicant(r, "not-an-address")).isEmpty();
        }
    }
}
