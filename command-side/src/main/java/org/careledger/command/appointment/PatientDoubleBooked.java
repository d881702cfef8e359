package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The patient already holds an appointment (proposed, booked or checked in) that overlaps this time. */
class PatientDoubleBooked extends ClinicalException {
    PatientDoubleBooked() {
        super(ClinicalErrorCode.PATIENT_DOUBLE_BOOKED, "the patient already has an appointment at that time");
    }
}
