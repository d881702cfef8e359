package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** Check-in is allowed on the appointment's calendar day only, in the organization's time zone. */
class CheckInNotOnTheDay extends ClinicalException {
    CheckInNotOnTheDay() {
        super(ClinicalErrorCode.CHECK_IN_NOT_ON_THE_DAY, "a patient checks in on the day of the appointment only");
    }
}
