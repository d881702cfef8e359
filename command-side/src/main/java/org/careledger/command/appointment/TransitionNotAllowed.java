package org.careledger.command.appointment;

import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;

/** The appointment's state does not allow this step of its lifecycle (FHIR Appointment.status). */
class TransitionNotAllowed extends ClinicalException {
    TransitionNotAllowed(AppointmentStatus status, String action) {
        super(ClinicalErrorCode.APPOINTMENT_TRANSITION_NOT_ALLOWED, "an appointment that is " + status + " cannot be " + action);
    }
}
