package org.coopkit.carshare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.carshare.mail.PasswordResetMailIT.HTTP;
import static org.coopkit.carshare.mail.PasswordResetMailIT.enc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.MemberLanguages;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account mails speak the member's language through the pages, over a real SMTP conversation (GreenMail): someone
 * who signs up from a French browser ({@code Accept-Language: fr}) gets the confirmation in French, someone on an
 * English browser in English; a member whose setting is French gets the password-reset mail in French even when they
 * ask from a browser that sends no language (the setting outranks the page).
 */
class AccountMailLanguageIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @EachDatabase
    void a_sign_up_from_a_french_browser_is_confirmed_in_french_and_one_from_an_english_browser_in_english(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, SignUpMailIT.MAIL);
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            HttpResponse<String> fr = post(server, "/signup", "name=" + enc("Élodie Garnier") + "&email=elodie%40example.org&category=user",
                    "fr-FR,fr;q=0.9,en;q=0.8");
            assertThat(fr.statusCode()).as(fr.body()).isEqualTo(200);
            assertThat(fr.body()).contains("<html lang=\"fr\">");
            HttpResponse<String> en = post(server, "/signup", "name=" + enc("Ben Jones") + "&email=ben%40example.org&category=user", "en-GB,en;q=0.9");
            assertThat(en.statusCode()).as(en.body()).isEqualTo(200);
            assertThat(drain(r)).isEqualTo(2);

            MimeMessage french = to("elodie@example.org");
            assertThat(french.getSubject()).isEqualTo("Confirmez votre demande d'adhésion");
            String text = part(french, 0);
            assertThat(text).contains("Bonjour Élodie Garnier", "ouvrez ce lien dans les 24 heures").doesNotContain("Dear", "within 24 hours");
            assertThat(part(french, 1)).contains("Confirmer ma demande et choisir mon mot de passe");
            Matcher link = SignUpMailIT.LINK.matcher(text);
            assertThat(link.find()).as(text).isTrue();
            // the link in the French mail opens a French page, and still works
            assertThat(get(server, "/signup/confirm?token=" + link.group(1), "fr").body()).contains("<html lang=\"fr\">");
            assertThat(r.app().signUps().orElseThrow().live(link.group(1))).isTrue();

            MimeMessage english = to("ben@example.org");
            assertThat(english.getSubject()).isEqualTo("Confirm your application");
            assertThat(part(english, 0)).contains("Dear Ben Jones").doesNotContain("Bonjour");
        }
    }

    @EachDatabase
    void a_member_whose_setting_is_french_gets_the_reset_mail_in_french_from_a_browser_that_sends_no_language(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, PasswordResetMailIT.MAIL);
        Member claire = r.member("Claire Dubois", "user");
        Member ada = r.member("Ada Lovelace", "user");
        new MemberLanguages(r.app().core().transactions()).save(claire.id(), I18n.FRENCH);
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            HttpResponse<String> asked = post(server, "/forgot-password", "email=" + enc(claire.email()), null);
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
            assertThat(asked.body()).as("the page itself speaks the browser's language").contains("<html lang=\"en\">");
            HttpResponse<String> other = post(server, "/forgot-password", "email=" + enc(ada.email()), null);
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(drain(r)).isEqualTo(2);

            MimeMessage french = to(claire.email());
            assertThat(french.getSubject()).isEqualTo("Réinitialiser votre mot de passe");
            String text = part(french, 0);
            assertThat(text).contains("Bonjour Claire Dubois", "ouvrez ce lien dans l'heure").doesNotContain("Dear", "within one hour");
            assertThat(part(french, 1)).contains("Choisir un nouveau mot de passe");
            Matcher link = PasswordResetMailIT.LINK.matcher(text);
            assertThat(link.find()).as(text).isTrue();
            assertThat(r.app().passwordResets().orElseThrow().live(link.group(1))).isTrue();

            MimeMessage english = to(ada.email());
            assertThat(english.getSubject()).as("a member with no setting: the page's language").isEqualTo("Reset your password");
            assertThat(part(english, 0)).contains("Dear Ada Lovelace").doesNotContain("Bonjour");
        }
    }

    private static int drain(Running r) {
        return r.app().core().outboxSender(new SmtpMail("127.0.0.1", SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                "accounts@coop.example", r.clock())).drainOnce();
    }

    private static MimeMessage to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).reduce((a, b) -> b).orElseThrow();
    }

    /** A part as the reader's mail program shows it: decoded, not the quoted-printable wire form. */
    private static String part(MimeMessage m, int i) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(i).getContent();
    }

    private static HttpResponse<String> post(ApiServer server, String path, String form, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(ApiServer server, String path, String acceptLanguage) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
