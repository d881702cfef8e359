package org.careledger.api.appointment;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The appointment was called off, by whom and why; its time is free again. */
@Revision("1")
public record AppointmentCancelled(AppointmentId appointmentId, PatientId patientId, String reason, UserId cancelledBy) {
    @Override
    public String toString() {
        return "AppointmentCancelled[appointmentId=" + appointmentId + ", patientId=" + patientId
                + ", reason=***, cancelledBy=" + cancelledBy + "]";
    }
}
