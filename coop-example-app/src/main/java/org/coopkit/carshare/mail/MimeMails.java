package org.coopkit.carshare.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.coopkit.core.mail.Mail;

/** A {@link Mail} as a MIME message: multipart/alternative, plain text first, then HTML, both UTF-8. */
final class MimeMails {
    private MimeMails() {
    }

    static MimeMessage message(Session session, String from, Mail mail, Date sentOn) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setSentDate(sentOn);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        m.setContent(alternative);
        m.saveChanges();
        return m;
    }
}
