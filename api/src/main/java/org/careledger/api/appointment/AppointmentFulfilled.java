package org.careledger.api.appointment;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The appointment took place. */
@Revision("1")
public record AppointmentFulfilled(AppointmentId appointmentId, PatientId patientId, UserId completedBy) {}
