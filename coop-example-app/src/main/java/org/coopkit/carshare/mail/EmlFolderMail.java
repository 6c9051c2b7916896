package org.coopkit.carshare.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.coopkit.core.mail.Mail;
import org.coopkit.core.mail.MailFailed;
import org.coopkit.core.mail.MailPort;

/** The demo's mail port when no SMTP relay is configured: each mail becomes an .eml file (open it in any mail program). */
public final class EmlFolderMail implements MailPort {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    private final Path folder;
    private final String from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /** Mails become files in {@code folder} (created when missing). */
    public EmlFolderMail(Path folder, String from, Clock clock) {
        this.folder = folder;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(STAMP.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                MimeMails.message(session, from, mail, Date.from(clock.instant())).writeTo(out);
            }
        } catch (IOException | MessagingException e) {
            throw new MailFailed("cannot write the mail into " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "no SMTP relay: each mail is written as an .eml file into " + folder.toAbsolutePath();
    }

    /** The folder the mails go to. */
    public Path folder() {
        return folder;
    }
}
