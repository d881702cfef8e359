package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** Another patient of the organization already holds the medical record number. */
class MrnAlreadyRegistered extends ClinicalException {
    MrnAlreadyRegistered() {
        super(ClinicalErrorCode.MRN_ALREADY_REGISTERED, "the medical record number is already registered in this organization");
    }
}
