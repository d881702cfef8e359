package org.careledger.api.patient;

/** Level of consciousness on the ACVPU scale used by NEWS2 (CONFUSION means new confusion). */
public enum Consciousness {
    ALERT,
    CONFUSION,
    VOICE,
    PAIN,
    UNRESPONSIVE
}
