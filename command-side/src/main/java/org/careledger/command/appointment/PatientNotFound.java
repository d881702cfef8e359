package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;
import org.careledger.api.shared.PatientId;

/** No appointment for this patient: unknown, in another organization, or (for a patient user) not their own record. */
class PatientNotFound extends ClinicalException {
    PatientNotFound(PatientId patientId) {
        super(ClinicalErrorCode.PATIENT_NOT_FOUND, "patient " + patientId + " not found");
    }
}
