package org.careledger.command.alert;

import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** Someone already took the alert on: it no longer awaits acknowledgement, so it cannot be acknowledged or escalated. */
class AlertNotOpen extends ClinicalException {
    AlertNotOpen(AlertId alertId, AlertStatus status) {
        super(ClinicalErrorCode.ALERT_NOT_OPEN, "alert " + alertId + " is " + status + " and no longer awaits acknowledgement");
    }
}
