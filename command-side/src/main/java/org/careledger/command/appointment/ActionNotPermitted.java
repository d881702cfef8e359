package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The user may see the appointment but their role may not do this to it. */
class ActionNotPermitted extends ClinicalException {
    ActionNotPermitted(String action) {
        super(ClinicalErrorCode.ACCESS_DENIED, "your role may not " + action);
    }
}
