package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;
import org.careledger.api.shared.PatientId;

/** The patient was discharged: no new appointment is made or confirmed. */
class PatientIsDischarged extends ClinicalException {
    PatientIsDischarged(PatientId patientId) {
        super(ClinicalErrorCode.PATIENT_DISCHARGED, "patient " + patientId + " is discharged");
    }
}
