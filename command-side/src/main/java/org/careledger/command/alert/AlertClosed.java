package org.careledger.command.alert;

import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The alert was resolved or cancelled: its state no longer changes. */
class AlertClosed extends ClinicalException {
    AlertClosed(AlertId alertId, AlertStatus status) {
        super(ClinicalErrorCode.ALERT_CLOSED, "alert " + alertId + " is " + status);
    }
}
