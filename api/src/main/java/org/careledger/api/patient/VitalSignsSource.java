package org.careledger.api.patient;

/** Where a vital-sign reading came from: a wearable, the patient's own check-in, or a clinician at the bedside. */
public enum VitalSignsSource {
    DEVICE,
    CHECK_IN,
    CLINICIAN
}
