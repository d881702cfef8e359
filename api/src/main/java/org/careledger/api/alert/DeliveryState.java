package org.careledger.api.alert;

/**
 * How far a notification got, after IHE PCD Alert Communication Management: dispatched to the
 * channel, delivered to the device, read, accepted or rejected by the recipient, as far as the
 * channel reports it.
 */
public enum DeliveryState {
    DISPATCHED,
    DELIVERED,
    READ,
    ACCEPTED,
    REJECTED
}
