package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** Vital signs claimed to have been observed later than now. */
class ObservationInFuture extends ClinicalException {
    ObservationInFuture() {
        super(ClinicalErrorCode.OBSERVATION_IN_FUTURE, "observedAt must not be in the future");
    }
}
