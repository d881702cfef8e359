package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The care team has a primary clinician already, and it may have only one. */
class PrimaryClinicianAlreadyAssigned extends ClinicalException {
    PrimaryClinicianAlreadyAssigned() {
        super(ClinicalErrorCode.PRIMARY_CLINICIAN_ALREADY_ASSIGNED, "the care team already has a primary clinician");
    }
}
