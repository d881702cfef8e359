package org.careledger.app.projection;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** Another node holds some of the processor's segments, so this one cannot reset its tokens. */
class ProcessorClaimedElsewhere extends ClinicalException {
    ProcessorClaimedElsewhere(String name) {
        super(ClinicalErrorCode.PROCESSOR_CLAIMED_ELSEWHERE, name + " has segments claimed by another node; nothing "
                + "was reset. Rebuild it on a node that runs it alone, or stop it on the other nodes first");
    }
}
