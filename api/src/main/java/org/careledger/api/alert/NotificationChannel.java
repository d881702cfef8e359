package org.careledger.api.alert;

/** How a person is told about an alert. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    WHATSAPP,
    IN_APP
}
