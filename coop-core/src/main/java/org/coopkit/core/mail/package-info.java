/**
 * Mail without SMTP details: a {@link org.coopkit.core.mail.Mail} is queued in the
 * {@link org.coopkit.core.mail.Outbox} inside the transaction of the use case that causes it (a ballot
 * opening, later a sign-up or a password reset), and sent after commit by the
 * {@link org.coopkit.core.mail.OutboxSender} through the application's {@link org.coopkit.core.mail.MailPort}
 * (SMTP, or a folder of .eml files in the demo). A send that fails is retried; a mail key is queued once.
 */
package org.coopkit.core.mail;
