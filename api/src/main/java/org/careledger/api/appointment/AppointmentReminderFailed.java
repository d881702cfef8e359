package org.careledger.api.appointment;

import org.axonframework.serialization.Revision;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** An attempt to send the reminder due {@code minutesBefore} the start failed, with the provider's reason. */
@Revision("1")
public record AppointmentReminderFailed(
        AppointmentId appointmentId,
        PatientId patientId,
        int minutesBefore,
        UserId recipient,
        NotificationChannel channel,
        int attempt,
        String reason) {}
