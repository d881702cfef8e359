package org.careledger.saga.notification;

import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail over SMTP with Spring Mail. Disabled when no SMTP server is configured ({@code spring.mail.host}). A
 * successful hand-over to the SMTP server is all SMTP reports, so the state is DISPATCHED.
 */
class EmailNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);

    private final JavaMailSender mail;
    private final String from;

    EmailNotifier(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
        if (mail == null) {
            log.info("Notification channel EMAIL is disabled: spring.mail.host is not set");
        }
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public DeliveryState send(OutgoingMessage notification) {
        if (mail == null) {
            throw DeliveryFailure.permanent("the EMAIL channel is not configured (spring.mail.host)");
        }
        if (notification.address() == null) {
            throw DeliveryFailure.permanent("the recipient has no e-mail address");
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notification.address());
        message.setSubject(notification.subject());
        message.setText(notification.text());
        try {
            mail.send(message);
            return DeliveryState.DISPATCHED;
        } catch (MailAuthenticationException e) {
            throw DeliveryFailure.permanent("the SMTP server refused our credentials");
        } catch (MailParseException e) {
            throw DeliveryFailure.permanent("the e-mail could not be composed (invalid address?)");
        } catch (MailException e) {
            // The exception's text may quote the address: only its type is kept.
            throw DeliveryFailure.transientFailure("the SMTP server did not take the message (" + e.getClass().getSimpleName() + ")");
        }
    }
}
