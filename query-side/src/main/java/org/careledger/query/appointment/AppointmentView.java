package org.careledger.query.appointment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentRequested;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.shared.UserId;

/** One appointment as it stands; {@code reason} and {@code cancellationReason} are PHI. */
@Entity
@Table(name = "appointment_view")
class AppointmentView {
    @Id
    private UUID appointmentId;
    private UUID patientId;
    private UUID organizationId;
    private UUID clinicianId;
    @Enumerated(EnumType.STRING)
    private AppointmentType type;
    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;
    private Instant startAt;
    private Instant endAt;
    private int durationMinutes;
    private String reason;
    private String joinLink;
    private Instant requestedAt;
    private UUID requestedBy;
    private Instant bookedAt;
    private UUID bookedBy;
    private Instant checkedInAt;
    private UUID checkedInBy;
    private Instant completedAt;
    private UUID completedBy;
    private Instant cancelledAt;
    private UUID cancelledBy;
    private String cancellationReason;
    private Instant noShowAt;
    private UUID noShowMarkedBy;
    private Instant enteredInErrorAt;
    private UUID enteredInErrorBy;
    private int calendarSequence;
    private Instant updatedAt;
    private long version;

    protected AppointmentView() {} // for JPA

    static AppointmentView requested(AppointmentRequested event, Instant at, long sequence) {
        var view = new AppointmentView();
        view.appointmentId = event.appointmentId().value();
        view.patientId = event.patientId().value();
        view.organizationId = event.organizationId().value();
        view.clinicianId = event.clinicianId().value();
        view.type = event.type();
        view.status = AppointmentStatus.PROPOSED;
        view.moved(event.start(), event.durationMinutes());
        view.reason = event.reason();
        view.requestedAt = at;
        view.requestedBy = idOf(event.requestedBy());
        view.updatedAt = at;
        view.version = sequence;
        return view;
    }

    /** Staff booked directly: the appointment's first event. */
    static AppointmentView booked(AppointmentBooked event, Instant at, long sequence) {
        var view = new AppointmentView();
        view.appointmentId = event.appointmentId().value();
        view.book(event, at);
        view.version = sequence;
        return view;
    }

    /** Staff confirmed a request; the event carries every detail, so they are all taken from it. */
    void confirmed(AppointmentBooked event, Instant at) {
        book(event, at);
        calendarSequence++;
    }

    void rescheduled(AppointmentRescheduled event, Instant at) {
        moved(event.start(), event.durationMinutes());
        calendarSequence++;
        updatedAt = at;
    }

    void checkedIn(PatientCheckedIn event, Instant at) {
        status = AppointmentStatus.CHECKED_IN;
        checkedInAt = at;
        checkedInBy = idOf(event.checkedInBy());
        updatedAt = at;
    }

    void fulfilled(AppointmentFulfilled event, Instant at) {
        status = AppointmentStatus.FULFILLED;
        completedAt = at;
        completedBy = idOf(event.completedBy());
        updatedAt = at;
    }

    void cancelled(AppointmentCancelled event, Instant at) {
        status = AppointmentStatus.CANCELLED;
        cancelledAt = at;
        cancelledBy = idOf(event.cancelledBy());
        cancellationReason = event.reason();
        calendarSequence++;
        updatedAt = at;
    }

    void noShow(AppointmentNoShow event, Instant at) {
        status = AppointmentStatus.NOSHOW;
        noShowAt = at;
        noShowMarkedBy = idOf(event.markedBy());
        updatedAt = at;
    }

    void enteredInError(AppointmentEnteredInError event, Instant at) {
        status = AppointmentStatus.ENTERED_IN_ERROR;
        enteredInErrorAt = at;
        enteredInErrorBy = idOf(event.markedBy());
        calendarSequence++;
        updatedAt = at;
    }

    void appliedUpTo(long sequence) {
        version = sequence;
    }

    private void book(AppointmentBooked event, Instant at) {
        patientId = event.patientId().value();
        organizationId = event.organizationId().value();
        clinicianId = event.clinicianId().value();
        type = event.type();
        status = AppointmentStatus.BOOKED;
        moved(event.start(), event.durationMinutes());
        reason = event.reason();
        joinLink = event.joinLink();
        bookedAt = at;
        bookedBy = idOf(event.bookedBy());
        updatedAt = at;
    }

    private void moved(Instant newStart, int minutes) {
        startAt = newStart;
        durationMinutes = minutes;
        endAt = newStart.plusSeconds(60L * minutes);
    }

    static UUID idOf(UserId user) {
        return user == null ? null : user.value();
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getClinicianId() {
        return clinicianId;
    }

    public AppointmentType getType() {
        return type;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getReason() {
        return reason;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public UUID getRequestedBy() {
        return requestedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public UUID getBookedBy() {
        return bookedBy;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public UUID getCheckedInBy() {
        return checkedInBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public UUID getCompletedBy() {
        return completedBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public UUID getCancelledBy() {
        return cancelledBy;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Instant getNoShowAt() {
        return noShowAt;
    }

    public UUID getNoShowMarkedBy() {
        return noShowMarkedBy;
    }

    public Instant getEnteredInErrorAt() {
        return enteredInErrorAt;
    }

    public UUID getEnteredInErrorBy() {
        return enteredInErrorBy;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
