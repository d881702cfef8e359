package org.careledger.api.appointment;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The patient did not come; {@code markedBy} is null when the no-show process marked it after the grace period. */
@Revision("1")
public record AppointmentNoShow(AppointmentId appointmentId, PatientId patientId, UserId markedBy) {}
