package org.careledger.command.alert;

import org.careledger.api.alert.AlertId;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The alert already reached the last level of the escalation policy; there is nobody further up to tell. */
class EscalationLimitReached extends ClinicalException {
    EscalationLimitReached(AlertId alertId, int lastLevel) {
        super(ClinicalErrorCode.ESCALATION_LIMIT_REACHED, "alert " + alertId + " is already at the last escalation level " + lastLevel);
    }
}
