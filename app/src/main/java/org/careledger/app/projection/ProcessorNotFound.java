package org.careledger.app.projection;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** No event processor of that name runs in this application. */
class ProcessorNotFound extends ClinicalException {
    ProcessorNotFound(String name) {
        super(ClinicalErrorCode.PROCESSOR_NOT_FOUND, "no event processor named '" + name + "'");
    }
}
