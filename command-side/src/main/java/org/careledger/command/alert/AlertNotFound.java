package org.careledger.command.alert;

import org.careledger.api.alert.AlertId;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The alert does not exist, or belongs to another organization: both read alike so that existence does not leak. */
class AlertNotFound extends ClinicalException {
    AlertNotFound(AlertId alertId) {
        super(ClinicalErrorCode.ALERT_NOT_FOUND, "alert " + alertId + " not found");
    }
}
