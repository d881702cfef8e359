package org.careledger.query.alert;

import java.util.UUID;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/**
 * The alert does not exist or the viewer may not see it; both read alike, so a 404 never reveals that an alert exists.
 */
final class AlertRecordNotFound extends ClinicalException {
    AlertRecordNotFound(UUID alertId) {
        super(ClinicalErrorCode.ALERT_NOT_FOUND, "alert " + alertId + " not found");
    }
}
