package org.careledger.saga.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careledger.saga.notification.Notifications.EMAIL;
import static org.careledger.saga.notification.Notifications.to;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The e-mail adapter sends over real SMTP to an in-process GreenMail server. */
class EmailNotifierTest {
    private static final String FROM = "alerts@careledger.example";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void sendsTheAlertSeverityFindingAndLinkToTheRecipient() throws Exception {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());

        DeliveryState state = new EmailNotifier(mail, FROM).send(to(NotificationChannel.EMAIL, EMAIL));

        assertThat(state).isEqualTo(DeliveryState.DISPATCHED);
        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(EMAIL);
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly(FROM);
        assertThat(received[0].getSubject()).isEqualTo("[CareLedger] CRITICAL alert, level 1");
        assertThat(GreenMailUtil.getBody(received[0])).contains(Notifications.SUMMARY, Notifications.LINK.toString());
    }

    @Test
    void anUnreachableSmtpServerMayBeRetried() {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(9);

        assertThatThrownBy(() -> new EmailNotifier(mail, FROM).send(to(NotificationChannel.EMAIL, EMAIL)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.reason()).doesNotContain(EMAIL);
                });
    }

    @Test
    void withoutSmtpServerTheChannelIsDisabled() {
        assertThatThrownBy(() -> new EmailNotifier(null, FROM).send(to(NotificationChannel.EMAIL, EMAIL)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.reason()).contains("not configured");
                });
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
