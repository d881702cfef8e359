package org.careledger.command.alert;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;
import org.careledger.api.shared.PatientId;

/** The patient was discharged: monitoring ended, so no new alert or recurrence is raised. */
class PatientIsDischarged extends ClinicalException {
    PatientIsDischarged(PatientId patientId) {
        super(ClinicalErrorCode.PATIENT_DISCHARGED, "patient " + patientId + " is discharged");
    }
}
