package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The user's role may see the patient but not do this to the record. */
class ActionNotPermitted extends ClinicalException {
    ActionNotPermitted(String action) {
        super(ClinicalErrorCode.ACCESS_DENIED, "your role may not " + action);
    }
}
