package org.careledger.api.alert;

/** Why an alert moved up a level: nobody acknowledged in time, or a clinician escalated it by hand. */
public enum EscalationReason {
    ACK_TIMEOUT,
    MANUAL
}
