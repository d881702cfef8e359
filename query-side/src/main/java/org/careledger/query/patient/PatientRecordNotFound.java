package org.careledger.query.patient;

import java.util.UUID;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The patient does not exist or the viewer may not see it; both read alike, so a 404 never reveals that a record exists. */
final class PatientRecordNotFound extends ClinicalException {
    PatientRecordNotFound(UUID patientId) {
        super(ClinicalErrorCode.PATIENT_NOT_FOUND, "patient " + patientId + " not found");
    }
}
