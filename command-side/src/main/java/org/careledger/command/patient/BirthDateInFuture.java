package org.careledger.command.patient;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** A date of birth lay after the day the record was written. */
class BirthDateInFuture extends ClinicalException {
    BirthDateInFuture() {
        super(ClinicalErrorCode.BIRTH_DATE_IN_FUTURE, "birthDate must not be in the future");
    }
}
