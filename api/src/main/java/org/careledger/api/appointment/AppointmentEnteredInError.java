package org.careledger.api.appointment;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The appointment should never have existed; views drop it from schedules and rates. */
@Revision("1")
public record AppointmentEnteredInError(AppointmentId appointmentId, PatientId patientId, String reason, UserId markedBy) {
    @Override
    public String toString() {
        return "AppointmentEnteredInError[appointmentId=" + appointmentId + ", patientId=" + patientId
                + ", reason=***, markedBy=" + markedBy + "]";
    }
}
