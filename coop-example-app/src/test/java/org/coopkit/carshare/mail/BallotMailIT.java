package org.coopkit.carshare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.config.Secret;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.MemberLanguages;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.mail.MailPort;
import org.coopkit.core.mail.OutboxSender;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotMail;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.Receipt;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations, reminders and receipts by e-mail, through the outbox and a real SMTP conversation with
 * an in-process server (GreenMail): who gets what, sent once, text and HTML with absolute links.
 */
class BallotMailIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("coop", "s3cret-relay"));
    static final Actor BOARD = Actor.system();
    static final CarshareApp.MailConfig MAIL = new CarshareApp.MailConfig(URI.create("https://coop.example/"), Duration.ofHours(48));

    static MailPort smtp(Running r) {
        return new SmtpMail("127.0.0.1", SMTP.getSmtp().getPort(), Optional.of("coop"), Optional.of(new Secret("s3cret-relay", "test")), "vote@coop.example", r.clock());
    }

    static List<MimeMessage> to(Member m) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(msg -> {
            try {
                return msg.getAllRecipients()[0].toString().equals(m.email());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A part as the reader's mail program shows it: decoded, not the quoted-printable wire form (é is =C3=A9 there). */
    static String part(MimeMessage m, int i) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(i).getContent();
    }

    @EachDatabase
    void opening_a_ballot_invites_each_member_on_the_roll_once_and_nobody_else(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member ada = r.member("Ada Lovelace", "user");
        Member bruno = r.member("Bruno Lefèvre", "user");
        Member owner = r.member("Olga Owner", "provider");
        Member applicant = CoreFixtures.applicant(r.app().core(), "Emma Applicant", "user");
        OutboxSender sender = r.app().core().outboxSender(smtp(r));

        // a ballot of the drivers only: the car owner and the applicant are not on its roll
        Ballot b = r.app().governance().voting().createAndOpen(BOARD, BallotSpec.resolution("Buy a second Zoe?", r.clock().instant(),
                r.clock().instant().plus(Duration.ofDays(8))).forCategory("user"));
        assertThat(SMTP.getReceivedMessages()).isEmpty(); // nothing leaves before the sender drains the committed outbox
        assertThat(sender.drainOnce()).isEqualTo(2);
        assertThat(sender.drainOnce()).isZero(); // sent once

        assertThat(to(ada)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Vote open: Buy a second Zoe?");
            assertThat(m.getContentType()).startsWith("multipart/alternative");
            String text = part(m, 0);
            String html = part(m, 1);
            assertThat(text).contains("Dear Ada Lovelace", "What is decided: Buy a second Zoe?", "Voting closes on Tuesday 12 May 2026",
                    "https://coop.example/vote/" + b.id());
            assertThat(html).contains("<a href=\"https://coop.example/vote/" + b.id() + "\">");
        });
        assertThat(to(bruno)).hasSize(1);
        assertThat(to(owner)).isEmpty();
        assertThat(to(applicant)).isEmpty();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @EachDatabase
    void each_member_reads_the_invitation_in_the_language_they_chose_in_the_app(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member claire = r.member("Claire Dubois", "user");
        Member ben = r.member("Ben Jones", "user");
        Member nobody = r.member("Noa Default", "user");
        MemberLanguages languages = new MemberLanguages(r.app().core().transactions());
        languages.save(claire.id(), I18n.FRENCH);
        languages.save(ben.id(), I18n.ENGLISH);
        OutboxSender sender = r.app().core().outboxSender(smtp(r));

        Ballot b = r.app().governance().voting().createAndOpen(BOARD, BallotSpec.resolution("Acheter une deuxième Zoe ?", r.clock().instant(),
                r.clock().instant().plus(Duration.ofDays(8))).forCategory("user"));
        sender.drainOnce();

        assertThat(to(claire)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Vote ouvert : Acheter une deuxième Zoe ?");
            // decoded, not the quoted-printable wire form GreenMailUtil.getBody gives (é is =C3=A9 there)
            assertThat((String) ((Multipart) m.getContent()).getBodyPart(0).getContent()).contains("Bonjour Claire Dubois",
                    "La question : Acheter une deuxième Zoe ?", "Le vote se clôt le mardi 12 mai 2026 à ",
                    "Le scrutin : https://coop.example/vote/" + b.id()).doesNotContain("Dear", "Voting closes");
            assertThat(part(m, 1)).contains("<html lang=\"fr\">", "Aller au scrutin");
        });
        for (Member english : List.of(ben, nobody)) {
            assertThat(to(english)).as(english.name()).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("Vote open: Acheter une deuxième Zoe ?");
                assertThat(part(m, 0)).contains("Dear " + english.name(), "Voting closes on Tuesday 12 May 2026 at ").doesNotContain("Bonjour");
                assertThat(part(m, 1)).contains("<html lang=\"en\">", "Go to the ballot");
            });
        }
    }

    @EachDatabase
    void the_reminder_goes_once_before_the_close_to_those_who_have_not_voted_and_turned_reminders_on(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 6, MAIL);
        Member ada = r.member("Ada", "user");          // reminders on, has not voted: reminded
        Member bruno = r.member("Bruno", "user");      // reminders on, voted: not reminded
        Member chloe = r.member("Chloe", "user");      // turned reminders on, then off: not reminded
        Member dan = r.member("Dan", "user");          // never turned them on: not reminded
        for (Member m : List.of(ada, bruno, chloe)) r.app().core().consents().grant(r.actor(m), m.id(), BallotMail.REMINDER_PURPOSE);
        r.app().core().consents().revoke(r.actor(chloe), chloe.id(), BallotMail.REMINDER_PURPOSE);
        Ballot b = r.app().governance().voting().createAndOpen(BOARD, BallotSpec.resolution("Raise the fee?", r.clock().instant(),
                r.clock().instant().plus(Duration.ofDays(8))));
        r.app().governance().voting().castVote(r.actor(bruno), b.id(), List.of("no"));
        OutboxSender sender = r.app().core().outboxSender(smtp(r));
        sender.drainOnce(); // the invitations
        SMTP.purgeEmailFromAllMailboxes();

        assertThat(r.app().governance().mailer().remindDue()).isZero(); // 8 days before the close: not yet
        r.clock().advance(Duration.ofDays(6).plusHours(1)); // 47 hours before the close

        // two app instances (and a retry) run the round at the same time: one round, one reminder each
        var rounds = Concurrently.run(4, 4, i -> r.app().governance().mailer().remindDue());
        assertThat(rounds).allSatisfy(o -> assertThat(o.ok()).as(String.valueOf(o.error())).isTrue());
        assertThat(rounds.stream().mapToInt(o -> o.value()).sum()).isEqualTo(1);
        assertThat(r.app().governance().mailer().remindDue()).isZero();
        var drains = Concurrently.run(3, 3, i -> r.app().core().outboxSender(smtp(r)).drainOnce());
        assertThat(drains.stream().mapToInt(o -> o.value()).sum()).isEqualTo(1);

        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(ada.email());
            assertThat(m.getSubject()).startsWith("Reminder: vote before Tuesday 12 May 2026");
            assertThat(part(m, 0)).contains("You have not voted yet on: Raise the fee?", "https://coop.example/vote/" + b.id(), "turn them off");
        });
        assertThat(to(bruno)).isEmpty();
        assertThat(to(chloe)).isEmpty();
        assertThat(to(dan)).isEmpty();
    }

    @EachDatabase
    void a_voter_gets_the_receipt_with_its_tracking_code_by_mail_on_request(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member ada = r.member("Ada", "user");
        Member bruno = r.member("Bruno", "user");
        Ballot b = r.app().governance().voting().createAndOpen(BOARD, BallotSpec.resolution("Raise the fee?", r.clock().instant(),
                r.clock().instant().plus(Duration.ofDays(8))));
        Receipt receipt = r.app().governance().voting().castVote(r.actor(ada), b.id(), List.of("yes"));
        OutboxSender sender = r.app().core().outboxSender(smtp(r));
        sender.drainOnce();
        SMTP.purgeEmailFromAllMailboxes();

        assertThatThrownBy(() -> r.app().governance().mailer().mailReceipt(r.actor(bruno), b.id(), receipt.trackingCode()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not voted");
        assertThatThrownBy(() -> r.app().governance().mailer().mailReceipt(r.actor(ada), b.id(), "AAAAA-BBBBB-CCCCC-DDDDD"))
                .isInstanceOf(InvalidInput.class);
        r.app().governance().mailer().mailReceipt(r.actor(ada), b.id(), receipt.trackingCode().toLowerCase().replace("-", ""));
        assertThat(sender.drainOnce()).isEqualTo(1);

        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(ada.email());
            assertThat(part(m, 0)).contains("Your tracking code: " + receipt.trackingCode(), "https://coop.example/vote/" + b.id());
            assertThat(part(m, 1)).contains(receipt.trackingCode());
        });
        // once sent, the outbox keeps who and when, not the body with the code
        assertThat(r.app().core().outbox().entries(CoreFixtures.actor(r.app().core(),
                CoreFixtures.admittedWithRole(r.app().core(), "Admin", "worker", org.coopkit.core.actors.Role.ADMIN))))
                .filteredOn(e -> e.key().startsWith("ballot-receipt:")).singleElement()
                .satisfies(e -> assertThat(e.key()).doesNotContain(receipt.trackingCode()));
    }

    @EachDatabase
    void a_relay_that_refuses_delays_the_mail_and_never_the_opening(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.withMail(db, 4, MAIL);
        Member ada = r.member("Ada", "user");
        Ballot b = r.app().governance().voting().createAndOpen(BOARD, BallotSpec.resolution("Q?", r.clock().instant(),
                r.clock().instant().plus(Duration.ofDays(8))));
        OutboxSender wrongPassword = r.app().core().outboxSender(new SmtpMail("127.0.0.1", SMTP.getSmtp().getPort(), Optional.of("coop"),
                Optional.of(new Secret("wrong", "test")), "vote@coop.example", r.clock()));

        assertThat(wrongPassword.drainOnce()).isZero();
        assertThat(r.app().governance().voting().get(org.coopkit.core.actors.Actor.system(), b.id()).status().name()).isEqualTo("OPEN");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        OutboxSender sender = r.app().core().outboxSender(smtp(r));
        assertThat(sender.drainOnce()).isZero(); // backing off
        r.clock().advance(Duration.ofMinutes(2));
        assertThat(sender.drainOnce()).isEqualTo(1);
        assertThat(to(ada)).hasSize(1);
    }
}
