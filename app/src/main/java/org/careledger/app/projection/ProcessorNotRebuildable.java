package org.careledger.app.projection;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The processor is not a projection that a replay may rebuild: it has side effects, or state no replay restores. */
class ProcessorNotRebuildable extends ClinicalException {
    ProcessorNotRebuildable(String name, String reason) {
        super(ClinicalErrorCode.PROCESSOR_NOT_REBUILDABLE, name + " cannot be rebuilt: " + reason);
    }
}
