package org.careledger.app.integrity;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** On the axonserver profile Axon Server stores the events, and CareLedger keeps no chain over them. */
class IntegrityCheckNotAvailable extends ClinicalException {
    IntegrityCheckNotAvailable() {
        super(ClinicalErrorCode.INTEGRITY_CHECK_NOT_AVAILABLE, "the event chain is kept only when CareLedger stores "
                + "the events itself (default and postgres profiles); with Axon Server, use Axon Server's own tools");
    }
}
