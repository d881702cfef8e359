package org.careledger.command.alert;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;
import org.careledger.api.shared.PatientId;

/**
 * No alert can be raised: the patient does not exist, belongs to another organization, or is not
 * visible to the nurse or clinician raising it (not on the care team). All read alike, as they do for
 * the patient record itself.
 */
class PatientNotFound extends ClinicalException {
    PatientNotFound(PatientId patientId) {
        super(ClinicalErrorCode.PATIENT_NOT_FOUND, "patient " + patientId + " not found");
    }
}
