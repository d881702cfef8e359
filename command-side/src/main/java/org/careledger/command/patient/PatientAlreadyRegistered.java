package org.careledger.command.patient;

import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** A registration repeated an id that already names a patient; it never creates a second patient. */
class PatientAlreadyRegistered extends ClinicalException {
    PatientAlreadyRegistered(PatientId patientId) {
        super(ClinicalErrorCode.PATIENT_ALREADY_REGISTERED, "patient " + patientId + " is already registered");
    }
}
