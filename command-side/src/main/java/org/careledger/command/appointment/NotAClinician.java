package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The user named as the appointment's clinician is not a clinician of the appointment's organization. */
class NotAClinician extends ClinicalException {
    NotAClinician() {
        super(ClinicalErrorCode.NOT_A_CLINICIAN, "appointments are held with a clinician of the same organization");
    }
}
