package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The grace period after the start has not passed yet: the patient may still arrive. */
class NoShowTooEarly extends ClinicalException {
    NoShowTooEarly() {
        super(ClinicalErrorCode.NO_SHOW_TOO_EARLY, "a no-show is recorded only after the start and the grace period");
    }
}
