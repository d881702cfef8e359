package org.careledger.command.appointment;

import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The appointment does not exist, or the caller may not see it: both read alike so that existence does not leak. */
class AppointmentNotFound extends ClinicalException {
    AppointmentNotFound(AppointmentId appointmentId) {
        super(ClinicalErrorCode.APPOINTMENT_NOT_FOUND, "appointment " + appointmentId + " not found");
    }
}
