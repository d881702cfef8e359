package org.careledger.api.appointment;

import org.axonframework.serialization.Revision;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The reminder due {@code minutesBefore} the start reached {@code recipient} on a channel, as far as {@code state}. */
@Revision("1")
public record AppointmentReminderSent(
        AppointmentId appointmentId,
        PatientId patientId,
        int minutesBefore,
        UserId recipient,
        NotificationChannel channel,
        int attempt,
        DeliveryState state) {}
