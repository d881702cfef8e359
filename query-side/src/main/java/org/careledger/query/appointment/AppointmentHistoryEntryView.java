package org.careledger.query.appointment;

import static org.careledger.query.appointment.AppointmentView.idOf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentHistoryKind;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentReminderFailed;
import org.careledger.api.appointment.AppointmentReminderSent;
import org.careledger.api.appointment.AppointmentRequested;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.shared.UserId;

/** One event of an appointment's life; only the columns of its kind are set. The reason is PHI. */
@Entity
@Table(name = "appointment_history")
@IdClass(AppointmentHistoryEntryView.Key.class)
class AppointmentHistoryEntryView {
    @Id
    private UUID appointmentId;
    @Id
    private long sequenceNumber;
    @Enumerated(EnumType.STRING)
    private AppointmentHistoryKind kind;
    @Column(name = "occurred_at")
    private Instant at;
    private UUID actorId;
    private Instant startAt;
    private Integer durationMinutes;
    private Instant previousStart;
    private String reason;
    private Integer minutesBefore;
    private UUID recipientId;
    @Enumerated(EnumType.STRING)
    private NotificationChannel channel;
    private Integer attempt;
    @Enumerated(EnumType.STRING)
    private DeliveryState deliveryState;
    private String failure;

    /** An entry is identified by its event's place in the appointment's stream, so a redelivery finds its row. */
    record Key(UUID appointmentId, long sequenceNumber) implements Serializable {}

    protected AppointmentHistoryEntryView() {} // for JPA

    private AppointmentHistoryEntryView(
            AppointmentId appointmentId, long sequence, AppointmentHistoryKind kind, Instant at, UserId actor) {
        this.appointmentId = appointmentId.value();
        this.sequenceNumber = sequence;
        this.kind = kind;
        this.at = at;
        this.actorId = idOf(actor);
    }

    static AppointmentHistoryEntryView requested(AppointmentRequested event, long sequence, Instant at) {
        var entry = new AppointmentHistoryEntryView(event.appointmentId(), sequence, AppointmentHistoryKind.REQUESTED,
                at, event.requestedBy());
        entry.time(event.start(), event.durationMinutes());
        return entry;
    }

    /** {@code CONFIRMED} when staff confirmed a patient's request, {@code BOOKED} when they booked directly. */
    static AppointmentHistoryEntryView booked(AppointmentBooked event, long sequence, Instant at) {
        var kind = event.confirmed() ? AppointmentHistoryKind.CONFIRMED : AppointmentHistoryKind.BOOKED;
        var entry = new AppointmentHistoryEntryView(event.appointmentId(), sequence, kind, at, event.bookedBy());
        entry.time(event.start(), event.durationMinutes());
        return entry;
    }

    static AppointmentHistoryEntryView rescheduled(AppointmentRescheduled event, long sequence, Instant at) {
        var entry = new AppointmentHistoryEntryView(event.appointmentId(), sequence,
                AppointmentHistoryKind.RESCHEDULED, at, event.rescheduledBy());
        entry.time(event.start(), event.durationMinutes());
        entry.previousStart = event.previousStart();
        return entry;
    }

    static AppointmentHistoryEntryView checkedIn(PatientCheckedIn event, long sequence, Instant at) {
        return new AppointmentHistoryEntryView(event.appointmentId(), sequence, AppointmentHistoryKind.CHECKED_IN, at,
                event.checkedInBy());
    }

    static AppointmentHistoryEntryView fulfilled(AppointmentFulfilled event, long sequence, Instant at) {
        return new AppointmentHistoryEntryView(event.appointmentId(), sequence, AppointmentHistoryKind.FULFILLED, at,
                event.completedBy());
    }

    static AppointmentHistoryEntryView cancelled(AppointmentCancelled event, long sequence, Instant at) {
        var entry = new AppointmentHistoryEntryView(event.appointmentId(), sequence, AppointmentHistoryKind.CANCELLED,
                at, event.cancelledBy());
        entry.reason = event.reason();
        return entry;
    }

    static AppointmentHistoryEntryView noShow(AppointmentNoShow event, long sequence, Instant at) {
        return new AppointmentHistoryEntryView(event.appointmentId(), sequence, AppointmentHistoryKind.NO_SHOW, at,
                event.markedBy());
    }

    static AppointmentHistoryEntryView enteredInError(AppointmentEnteredInError event, long sequence, Instant at) {
        var entry = new AppointmentHistoryEntryView(event.appointmentId(), sequence,
                AppointmentHistoryKind.ENTERED_IN_ERROR, at, event.markedBy());
        entry.reason = event.reason();
        return entry;
    }

    static AppointmentHistoryEntryView reminderSent(AppointmentReminderSent event, long sequence, Instant at) {
        var entry = new AppointmentHistoryEntryView(event.appointmentId(), sequence,
                AppointmentHistoryKind.REMINDER_SENT, at, null);
        entry.reminder(event.minutesBefore(), event.recipient(), event.channel(), event.attempt());
        entry.deliveryState = event.state();
        return entry;
    }

    static AppointmentHistoryEntryView reminderFailed(AppointmentReminderFailed event, long sequence, Instant at) {
        var entry = new AppointmentHistoryEntryView(event.appointmentId(), sequence,
                AppointmentHistoryKind.REMINDER_FAILED, at, null);
        entry.reminder(event.minutesBefore(), event.recipient(), event.channel(), event.attempt());
        entry.failure = event.reason();
        return entry;
    }

    private void time(Instant startsAt, int minutes) {
        startAt = startsAt;
        durationMinutes = minutes;
    }

    private void reminder(int minutes, UserId to, NotificationChannel on, int attemptNumber) {
        minutesBefore = minutes;
        recipientId = idOf(to);
        channel = on;
        attempt = attemptNumber;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public AppointmentHistoryKind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public UUID getActorId() {
        return actorId;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public Instant getPreviousStart() {
        return previousStart;
    }

    public String getReason() {
        return reason;
    }

    public Integer getMinutesBefore() {
        return minutesBefore;
    }

    public UUID getRecipientId() {
        return recipientId;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public Integer getAttempt() {
        return attempt;
    }

    public DeliveryState getDeliveryState() {
        return deliveryState;
    }

    public String getFailure() {
        return failure;
    }
}
