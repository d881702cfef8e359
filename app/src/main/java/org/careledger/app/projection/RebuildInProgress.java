package org.careledger.app.projection;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The processor is already replaying; a second reset would start it over. */
class RebuildInProgress extends ClinicalException {
    RebuildInProgress(String name) {
        super(ClinicalErrorCode.REBUILD_IN_PROGRESS, name + " is already replaying; follow it with GET "
                + "/api/v1/admin/projections and try again once it has caught up");
    }
}
