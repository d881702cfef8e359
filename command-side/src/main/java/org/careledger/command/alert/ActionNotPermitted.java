package org.careledger.command.alert;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The user's role may see the alert but not do this to it. */
class ActionNotPermitted extends ClinicalException {
    ActionNotPermitted(String action) {
        super(ClinicalErrorCode.ACCESS_DENIED, "your role may not " + action);
    }
}
