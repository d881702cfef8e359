package org.careledger.command.patient;

import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The patient was discharged, so the record no longer changes. */
class PatientIsDischarged extends ClinicalException {
    PatientIsDischarged(PatientId patientId) {
        super(ClinicalErrorCode.PATIENT_DISCHARGED, "patient " + patientId + " is discharged");
    }
}
