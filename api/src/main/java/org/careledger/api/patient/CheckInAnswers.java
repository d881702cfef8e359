package org.careledger.api.patient;

import org.careledger.api.shared.InvalidValue;

/** The patient's answers to the daily questionnaire; {@code notes} is free text in the patient's words (PHI). */
public record CheckInAnswers(
        SymptomSeverity chestPain,
        SymptomSeverity breathlessness,
        SymptomSeverity palpitations,
        SymptomSeverity dizziness,
        SymptomSeverity swelling,
        String notes) {

    public CheckInAnswers {
        chestPain = required("chestPain", chestPain);
        breathlessness = required("breathlessness", breathlessness);
        palpitations = required("palpitations", palpitations);
        dizziness = required("dizziness", dizziness);
        swelling = required("swelling", swelling);
        if (notes != null && notes.length() > 2000) {
            throw new InvalidValue("notes", "must be at most 2000 characters");
        }
    }

    private static SymptomSeverity required(String field, SymptomSeverity value) {
        if (value == null) {
            throw new InvalidValue(field, "is required");
        }
        return value;
    }

    @Override
    public String toString() {
        return "CheckInAnswers[chestPain=" + chestPain + ", breathlessness=" + breathlessness + ", palpitations="
                + palpitations + ", dizziness=" + dizziness + ", swelling=" + swelling + ", notes=***]";
    }
}
