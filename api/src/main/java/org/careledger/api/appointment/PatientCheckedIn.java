package org.careledger.api.appointment;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The patient arrived for the appointment; the event's timestamp is the arrival time. */
@Revision("1")
public record PatientCheckedIn(AppointmentId appointmentId, PatientId patientId, UserId checkedInBy) {}
