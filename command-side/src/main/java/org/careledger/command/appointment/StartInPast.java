package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** An appointment is booked, requested or moved only to a time still ahead. */
class StartInPast extends ClinicalException {
    StartInPast() {
        super(ClinicalErrorCode.APPOINTMENT_START_IN_PAST, "an appointment must start in the future");
    }
}
