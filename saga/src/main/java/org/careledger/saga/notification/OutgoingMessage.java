package org.careledger.saga.notification;

import org.careledger.api.alert.NotificationChannel;

/**
 * What a channel adapter sends, whatever it is about (an alert, an appointment reminder): the channel, the address on
 * it (PII: e-mail address or phone number, never logged) and the text.
 */
public interface OutgoingMessage {

    NotificationChannel channel();

    /** The e-mail address or phone number; null for the in-app channel, or when the recipient has none. */
    String address();

    /** The e-mail subject line. */
    String subject();

    /** The text every channel sends. */
    String text();
}
