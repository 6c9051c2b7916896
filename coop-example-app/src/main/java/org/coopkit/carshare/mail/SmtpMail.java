package org.coopkit.carshare.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.coopkit.carshare.config.Secret;
import org.coopkit.core.mail.Mail;
import org.coopkit.core.mail.MailFailed;
import org.coopkit.core.mail.MailPort;

/**
 * Core's mail port over SMTP (Jakarta Mail, Eclipse Angus): host, port, and a user and password when
 * the relay asks for them; STARTTLS when the relay offers it. The password is only handed to the
 * transport, never logged or described.
 */
public final class SmtpMail implements MailPort {
    private final String host;
    private final int port;
    private final Optional<String> user;
    private final Optional<Secret> password;
    private final String from;
    private final Clock clock;
    private final Session session;

    /** The relay at host:port; user and password when it asks for them; {@code from} is the sender address. */
    public SmtpMail(String host, int port, Optional<String> user, Optional<Secret> password, String from, Clock clock) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.from = from;
        this.clock = clock;
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        this.session = Session.getInstance(p);
    }

    @Override
    public void send(Mail mail) {
        try {
            var message = MimeMails.message(session, from, mail, Date.from(clock.instant()));
            if (user.isPresent()) Transport.send(message, user.get(), password.map(Secret::reveal).orElse(""));
            else Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailed("the SMTP relay " + host + ":" + port + " refused or could not be reached: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse("")), e);
        }
    }

    @Override
    public String describe() {
        return "SMTP " + host + ":" + port + user.map(u -> " as " + u).orElse("") + ", from " + from;
    }
}
