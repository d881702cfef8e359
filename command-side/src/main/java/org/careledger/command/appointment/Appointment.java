package org.careledger.command.appointment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.careledger.command.appointment.AppointmentTerms.present;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentRequested;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.BookAppointment;
import org.careledger.api.appointment.CancelAppointment;
import org.careledger.api.appointment.CheckInAppointment;
import org.careledger.api.appointment.CompleteAppointment;
import org.careledger.api.appointment.ConfirmAppointment;
import org.careledger.api.appointment.MarkAppointmentEnteredInError;
import org.careledger.api.appointment.MarkNoShow;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.appointment.RecordReminderOutcome;
import org.careledger.api.appointment.RequestAppointment;
import org.careledger.api.appointment.RescheduleAppointment;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/**
 * An appointment between a patient and a clinician, through the FHIR Appointment lifecycle. Booking, requesting,
 * confirming and rescheduling go through {@link AppointmentBooking}, which knows the patient, the clinician and the
 * other appointments that hold their time; the rest is decided here. Handlers return the new version (the ETag).
 */
@Aggregate(cache = "appointmentCache")
// Snapshots go through the Jackson serializer: it must see the private state.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Appointment {
    private static final Set<Role> STAFF = EnumSet.of(Role.NURSE, Role.CLINICIAN, Role.ADMIN);
    private static final Set<Role> CANCELLERS = EnumSet.of(Role.NURSE, Role.CLINICIAN, Role.ADMIN, Role.PATIENT);

    @AggregateIdentifier
    private AppointmentId appointmentId;

    private OrganizationId organizationId;
    private PatientId patientId;
    private UserId clinicianId;
    private AppointmentType type;
    private Instant start;
    private int durationMinutes;
    private String reason;
    private AppointmentStatus status;

    private Appointment() {} // Axon rebuilds the instance from events through this constructor

    /** Staff book directly; {@link AppointmentBooking} has gathered the parties and their other appointments. */
    Appointment(BookAppointment cmd, Parties parties, Availability availability) {
        requireWellFormed(cmd);
        permit(cmd.by(), STAFF, "book appointments");
        if (!cmd.organizationId().equals(cmd.by().organizationId())) {
            throw new ActionNotPermitted("book appointments in another organization");
        }
        requireParties(cmd.patientId(), cmd.organizationId(), parties);
        requireFreeFutureTime(cmd.start(), availability);
        apply(new AppointmentBooked(cmd.appointmentId(), cmd.patientId(), cmd.organizationId(), cmd.clinicianId(),
                cmd.type(), cmd.start(), cmd.durationMinutes(), AppointmentTerms.optionalReason(cmd.reason()),
                AppointmentTerms.joinLink(cmd.type(), cmd.joinLink()), false, cmd.by().userId()));
    }

    /** A patient asks for time with a clinician, for their own record only. */
    Appointment(RequestAppointment cmd, Parties parties, Availability availability) {
        requireWellFormed(cmd);
        permit(cmd.by(), EnumSet.of(Role.PATIENT), "request appointments");
        if (!cmd.by().isPatient(cmd.patientId()) || !cmd.organizationId().equals(cmd.by().organizationId())) {
            throw new PatientNotFound(cmd.patientId());
        }
        requireParties(cmd.patientId(), cmd.organizationId(), parties);
        requireFreeFutureTime(cmd.start(), availability);
        apply(new AppointmentRequested(cmd.appointmentId(), cmd.patientId(), cmd.organizationId(), cmd.clinicianId(),
                cmd.type(), cmd.start(), cmd.durationMinutes(), AppointmentTerms.optionalReason(cmd.reason()),
                cmd.by().userId()));
    }

    /** What every booking needs, checked before anything is locked or loaded. */
    static void requireWellFormed(BookAppointment cmd) {
        requireShape(cmd.appointmentId(), cmd.patientId(), cmd.organizationId(), cmd.clinicianId(), cmd.type(),
                cmd.start(), cmd.durationMinutes(), cmd.reason());
        AppointmentTerms.joinLink(cmd.type(), cmd.joinLink());
        present("by", cmd.by());
    }

    static void requireWellFormed(RequestAppointment cmd) {
        requireShape(cmd.appointmentId(), cmd.patientId(), cmd.organizationId(), cmd.clinicianId(), cmd.type(),
                cmd.start(), cmd.durationMinutes(), cmd.reason());
        present("by", cmd.by());
    }

    static void requireWellFormed(RescheduleAppointment cmd) {
        present("start", cmd.start());
        AppointmentTerms.duration(cmd.durationMinutes());
        present("by", cmd.by());
    }

    /**
     * Staff confirm a patient's request: it becomes booked, with every detail in the event. {@link AppointmentBooking}
     * has read whether the patient was discharged meanwhile and whether the time is still free.
     */
    long confirm(ConfirmAppointment cmd, boolean patientDischarged, Availability availability) {
        requireVisibleTo(cmd.by(), cmd.expectedVersion());
        permit(cmd.by(), STAFF, "confirm appointments");
        requireStatus(EnumSet.of(AppointmentStatus.PROPOSED), "confirmed");
        requireUnderCare(patientDischarged);
        String joinLink = AppointmentTerms.joinLink(type, cmd.joinLink());
        requireFreeFutureTime(start, availability);
        apply(new AppointmentBooked(appointmentId, patientId, organizationId, clinicianId, type, start, durationMinutes,
                reason, joinLink, true, cmd.by().userId()));
        return version();
    }

    long reschedule(RescheduleAppointment cmd, boolean patientDischarged, Availability availability) {
        requireWellFormed(cmd);
        requireVisibleTo(cmd.by(), cmd.expectedVersion());
        permit(cmd.by(), STAFF, "reschedule appointments");
        requireStatus(EnumSet.of(AppointmentStatus.PROPOSED, AppointmentStatus.BOOKED), "rescheduled");
        requireUnderCare(patientDischarged);
        requireFreeFutureTime(cmd.start(), availability);
        apply(new AppointmentRescheduled(appointmentId, patientId, clinicianId, cmd.start(), cmd.durationMinutes(),
                start, cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(CheckInAppointment cmd, AppointmentSettings settings) {
        requireVisibleTo(cmd.by(), cmd.expectedVersion());
        permit(cmd.by(), STAFF, "check patients in");
        requireStatus(EnumSet.of(AppointmentStatus.BOOKED), "checked in");
        var zone = settings.zoneOf(organizationId);
        if (!LocalDate.ofInstant(now(), zone).equals(LocalDate.ofInstant(start, zone))) {
            throw new CheckInNotOnTheDay();
        }
        apply(new PatientCheckedIn(appointmentId, patientId, cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(CompleteAppointment cmd) {
        requireVisibleTo(cmd.by(), cmd.expectedVersion());
        permit(cmd.by(), STAFF, "complete appointments");
        requireStatus(EnumSet.of(AppointmentStatus.CHECKED_IN), "completed");
        apply(new AppointmentFulfilled(appointmentId, patientId, cmd.by().userId()));
        return version();
    }

    /** Staff, or the patient for their own appointment, call off one that has not begun. */
    @CommandHandler
    long handle(CancelAppointment cmd) {
        requireVisibleTo(cmd.by(), cmd.expectedVersion());
        permit(cmd.by(), CANCELLERS, "cancel appointments");
        String why = AppointmentTerms.reason(cmd.reason());
        requireStatus(EnumSet.of(AppointmentStatus.PROPOSED, AppointmentStatus.BOOKED), "cancelled");
        apply(new AppointmentCancelled(appointmentId, patientId, why, cmd.by().userId()));
        return version();
    }

    /** By staff, or by the no-show process ({@code by} null) once the grace period has run out. */
    @CommandHandler
    long handle(MarkNoShow cmd, AppointmentSettings settings) {
        requireVisibleTo(cmd.by(), cmd.expectedVersion());
        if (cmd.by() != null) {
            permit(cmd.by(), STAFF, "mark no-shows");
        }
        requireStatus(EnumSet.of(AppointmentStatus.BOOKED), "marked as a no-show");
        if (now().isBefore(start.plus(settings.noShowGrace()))) {
            throw new NoShowTooEarly();
        }
        apply(new AppointmentNoShow(appointmentId, patientId, cmd.by() == null ? null : cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(MarkAppointmentEnteredInError cmd) {
        requireVisibleTo(cmd.by(), cmd.expectedVersion());
        permit(cmd.by(), STAFF, "mark appointments entered in error");
        String why = AppointmentTerms.reason(cmd.reason());
        if (status.isFinal()) {
            throw new TransitionNotAllowed(status, "marked as entered in error");
        }
        apply(new AppointmentEnteredInError(appointmentId, patientId, why, cmd.by().userId()));
        return version();
    }

    // Accepted in every state: a delivery report may arrive after the appointment was cancelled or held, and the
    // record must still show who was told and when. Only the reminder process sends this command.
    @CommandHandler
    long handle(RecordReminderOutcome cmd) {
        apply(ReminderOutcomes.eventFor(appointmentId, patientId, cmd));
        return version();
    }

    private static void requireShape(AppointmentId id, PatientId patient, OrganizationId organization, UserId clinician,
            AppointmentType type, Instant start, Integer durationMinutes, String reason) {
        present("appointmentId", id);
        present("patientId", patient);
        present("organizationId", organization);
        present("clinicianId", clinician);
        present("type", type);
        present("start", start);
        AppointmentTerms.duration(durationMinutes);
        AppointmentTerms.optionalReason(reason);
    }

    /** The patient is known in this organization and still under care; the clinician is one of its clinicians. */
    private static void requireParties(PatientId patient, OrganizationId organization, Parties parties) {
        if (!organization.equals(parties.patientOrganization())) {
            throw new PatientNotFound(patient);
        }
        if (parties.patientDischarged()) {
            throw new PatientIsDischarged(patient);
        }
        var clinician = parties.clinician();
        if (clinician == null || clinician.role() != Role.CLINICIAN || !organization.equals(clinician.organizationId())) {
            throw new NotAClinician();
        }
    }

    /** A discharged patient's request is not confirmed, nor an appointment of theirs moved: they left our care. */
    private void requireUnderCare(boolean patientDischarged) {
        if (patientDischarged) {
            throw new PatientIsDischarged(patientId);
        }
    }

    private static void requireFreeFutureTime(Instant start, Availability availability) {
        if (!start.isAfter(now())) {
            throw new StartInPast();
        }
        if (availability.clinicianBusy()) {
            throw new ClinicianDoubleBooked();
        }
        if (availability.patientBusy()) {
            throw new PatientDoubleBooked();
        }
    }

    /**
     * Nobody from another organization sees the appointment, and a patient sees only their own: both get the same
     * answer as for one that does not exist. Then the client's expected version (If-Match), when given, must hold.
     */
    private void requireVisibleTo(Actor by, Long expectedVersion) {
        boolean visible = by == null || organizationId.equals(by.organizationId())
                && (!by.is(Role.PATIENT) || by.isPatient(patientId));
        if (!visible) {
            throw new AppointmentNotFound(appointmentId);
        }
        if (expectedVersion != null && expectedVersion != version()) {
            throw new VersionMismatch(expectedVersion);
        }
    }

    private void requireStatus(Set<AppointmentStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new TransitionNotAllowed(status, action);
        }
    }

    private static void permit(Actor by, Set<Role> allowed, String action) {
        if (by == null || !allowed.contains(by.role())) {
            throw new ActionNotPermitted(action);
        }
    }

    // Axon's message clock stamps every event we apply; reading the same clock keeps the rule and the record in
    // agreement, and lets the test fixture pin it.
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(AppointmentRequested e) {
        takeDetails(e.appointmentId(), e.organizationId(), e.patientId(), e.clinicianId(), e.type(), e.start(),
                e.durationMinutes(), e.reason());
        status = AppointmentStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(AppointmentBooked e) {
        takeDetails(e.appointmentId(), e.organizationId(), e.patientId(), e.clinicianId(), e.type(), e.start(),
                e.durationMinutes(), e.reason());
        status = AppointmentStatus.BOOKED;
    }

    // both a request and a booking carry every detail, so either may be the first event of the stream
    private void takeDetails(AppointmentId id, OrganizationId organization, PatientId patient, UserId clinician,
            AppointmentType appointmentType, Instant startsAt, int minutes, String why) {
        appointmentId = id;
        organizationId = organization;
        patientId = patient;
        clinicianId = clinician;
        type = appointmentType;
        start = startsAt;
        durationMinutes = minutes;
        reason = why;
    }

    @EventSourcingHandler
    void on(AppointmentRescheduled e) {
        start = e.start();
        durationMinutes = e.durationMinutes();
    }

    @EventSourcingHandler
    void on(PatientCheckedIn e) {
        status = AppointmentStatus.CHECKED_IN;
    }

    @EventSourcingHandler
    void on(AppointmentFulfilled e) {
        status = AppointmentStatus.FULFILLED;
    }

    @EventSourcingHandler
    void on(AppointmentCancelled e) {
        status = AppointmentStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(AppointmentNoShow e) {
        status = AppointmentStatus.NOSHOW;
    }

    @EventSourcingHandler
    void on(AppointmentEnteredInError e) {
        status = AppointmentStatus.ENTERED_IN_ERROR;
    }
}
