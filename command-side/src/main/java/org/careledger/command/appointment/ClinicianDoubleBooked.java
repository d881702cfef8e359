package org.careledger.command.appointment;

import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The clinician already holds an appointment (proposed, booked or checked in) that overlaps this time. */
class ClinicianDoubleBooked extends ClinicalException {
    ClinicianDoubleBooked() {
        super(ClinicalErrorCode.CLINICIAN_DOUBLE_BOOKED, "the clinician already has an appointment at that time");
    }
}
