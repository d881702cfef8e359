package org.careledger.saga.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.appointment.RecordReminderOutcome;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.shared.UserId;
import org.careledger.saga.appointment.AppointmentProcessProperties;
import org.careledger.saga.appointment.AppointmentReminder;
import org.careledger.saga.appointment.ReminderSender;
import org.careledger.saga.notification.DeliveryClaims.Status;
import org.careledger.saga.notification.NotificationDelivery.Sending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the appointment reminders the appointment process asks for. The patient is reached on the channels of their
 * own user account (e-mail, SMS, WhatsApp; in-app is the clinical UI's alert stream, which patients do not see) when
 * they have an account with at least one of those and its address; otherwise on the contact details of their record:
 * e-mail when it has an address, SMS when it has a phone number; the outcome then names the patient's own id as the
 * recipient. Each message is claimed in the reminder deadline's
 * transaction and handed to {@link NotificationDelivery} once that transaction has committed, so a deadline that runs
 * twice sends nothing twice; every attempt is recorded on the appointment with {@link RecordReminderOutcome}.
 *
 * <p>It is called from the appointment saga's deadline handler only. Deadlines are not events: a replay of the event
 * stream never runs them, and sagas are never replayed, so nothing is ever sent during a replay.
 */
class AppointmentReminderDispatcher implements ReminderSender {
    private static final Logger log = LoggerFactory.getLogger(AppointmentReminderDispatcher.class);

    private final RecipientDirectory people;
    private final NotificationDirectory directory;
    private final ReminderClaims claims;
    private final NotificationDelivery delivery;
    private final AppointmentProcessProperties settings;
    private final Clock clock;

    AppointmentReminderDispatcher(RecipientDirectory people, NotificationDirectory directory, ReminderClaims claims,
            NotificationDelivery delivery, AppointmentProcessProperties settings, Clock clock) {
        this.people = people;
        this.directory = directory;
        this.claims = claims;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void remind(AppointmentReminder reminder) {
        List<ReminderMessage> messages = messages(reminder);
        if (messages.isEmpty()) {
            log.warn("{}: the patient has no account channel and no e-mail or phone on the record; nobody reminded",
                    reminder);
            return;
        }
        List<ReminderMessage> claimed = messages.stream()
                .filter(message -> claims.claim(message.key(), clock.instant()))
                .toList();
        MetaData origin = CurrentUnitOfWork.isStarted() ? origin(CurrentUnitOfWork.get().getMessage()) : MetaData.emptyInstance();
        Runnable send = () -> claimed.forEach(message -> delivery.start(new ReminderSending(message, claims), origin));
        // Sending before the commit could send twice: a rolled-back deadline runs again and claims again.
        if (!CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> send.run()))) {
            send.run();
        }
    }

    /** The reminder's messages: to the patient's account if it can be reached, else to the record's details. */
    List<ReminderMessage> messages(AppointmentReminder reminder) {
        String clinician = reminder.clinicianId() == null ? null : people.displayName(reminder.clinicianId()).orElse(null);
        ZoneId zone = settings.zoneOf(reminder.organizationId());
        List<ReminderMessage> messages = new ArrayList<>();
        people.patientAccount(reminder.patientId()).ifPresent(account -> account.channels().stream().sorted()
                .forEach(channel -> {
                    String address = address(account.email(), account.phone(), channel);
                    if (address != null) {
                        messages.add(new ReminderMessage(reminder, account.userId(), channel, address, clinician, zone));
                    }
                }));
        if (messages.isEmpty()) {
            Optional<ContactDetails> record = directory.patientContact(reminder.patientId());
            UserId patientRecord = ReminderMessage.patientRecord(reminder);
            record.map(ContactDetails::email).ifPresent(email -> messages.add(
                    new ReminderMessage(reminder, patientRecord, NotificationChannel.EMAIL, email, clinician, zone)));
            record.map(ContactDetails::phone).ifPresent(phone -> messages.add(
                    new ReminderMessage(reminder, patientRecord, NotificationChannel.SMS, phone, clinician, zone)));
        }
        return messages;
    }

    private static String address(String email, String phone, NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS, WHATSAPP -> phone;
            case IN_APP -> null;
        };
    }

    /** The outcome commands are caused by the reminder deadline and share its correlation. */
    private static MetaData origin(Message<?> message) {
        Object correlation = message.getMetaData().getOrDefault("correlationId", message.getIdentifier());
        return MetaData.with("causationId", message.getIdentifier()).and("correlationId", correlation);
    }

    /** A reminder on its way: outcomes go to the appointment, claims are {@code reminder_delivery} rows. */
    private record ReminderSending(ReminderMessage message, ReminderClaims claims) implements Sending {
        @Override
        public Object outcome(int attempt, DeliveryState state, String failure) {
            AppointmentReminder reminder = message.reminder();
            return new RecordReminderOutcome(reminder.appointmentId(), reminder.minutesBefore(), message.recipient(),
                    message.channel(), attempt, state, failure);
        }

        @Override
        public void attempted(int attempts, Status status, Instant at) {
            claims.attempted(message.key(), attempts, status, at);
        }

        @Override
        public String toString() {
            return message.toString();
        }
    }
}
