package org.careledger.command.patient;

import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The patient does not exist, or not for this user: the two are reported alike so that existence does not leak. */
class PatientNotFound extends ClinicalException {
    PatientNotFound(PatientId patientId) {
        super(ClinicalErrorCode.PATIENT_NOT_FOUND, "patient " + patientId + " not found");
    }
}
