package org.careledger.app.integrity;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** A verification is already reading the whole store; one at a time keeps the database usable. */
class IntegrityCheckRunning extends ClinicalException {
    IntegrityCheckRunning() {
        super(ClinicalErrorCode.INTEGRITY_CHECK_RUNNING, "an integrity verification is already running; try again when it ends");
    }
}
