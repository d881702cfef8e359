package org.careledger.api.patient;

/** How strongly the patient reports a symptom in their daily check-in. */
public enum SymptomSeverity {
    NONE,
    MILD,
    MODERATE,
    SEVERE
}
