package org.careledger.command.appointment;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.BookAppointment;
import org.careledger.api.appointment.ConfirmAppointment;
import org.careledger.api.appointment.RequestAppointment;
import org.careledger.api.appointment.RescheduleAppointment;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.command.appointment.AppointmentLookups.Booked;
import org.springframework.stereotype.Component;

/**
 * Every command that makes an appointment hold time: book, request, confirm, reschedule. Neither a clinician nor a
 * patient may hold two overlapping appointments, so each of these first locks the clinician's row and then the
 * patient's row (always in that order, so two bookings never wait for each other crosswise), then reads the other
 * appointments, then lets the Appointment decide. The locks last until the command's transaction commits, together
 * with the lookup rows of the new time: the next booking of the same clinician or patient sees them.
 */
@Component
class AppointmentBooking {
    private final Repository<Appointment> appointments;
    private final AppointmentLookups lookups;
    private final ClinicianDirectory clinicians;

    AppointmentBooking(Repository<Appointment> appointments, AppointmentLookups lookups, ClinicianDirectory clinicians) {
        this.appointments = appointments;
        this.lookups = lookups;
        this.clinicians = clinicians;
    }

    @CommandHandler
    long handle(BookAppointment cmd) throws Exception {
        Appointment.requireWellFormed(cmd);
        Parties parties = partiesLocked(cmd.patientId(), cmd.organizationId(), cmd.clinicianId());
        Availability availability = availability(parties, cmd.clinicianId(), cmd.patientId(), cmd.start(),
                end(cmd.start(), cmd.durationMinutes()), null);
        return appointments.newInstance(() -> new Appointment(cmd, parties, availability)).version();
    }

    @CommandHandler
    long handle(RequestAppointment cmd) throws Exception {
        Appointment.requireWellFormed(cmd);
        Parties parties = partiesLocked(cmd.patientId(), cmd.organizationId(), cmd.clinicianId());
        Availability availability = availability(parties, cmd.clinicianId(), cmd.patientId(), cmd.start(),
                end(cmd.start(), cmd.durationMinutes()), null);
        return appointments.newInstance(() -> new Appointment(cmd, parties, availability)).version();
    }

    @CommandHandler
    long handle(ConfirmAppointment cmd) {
        Booked booked = lockedParties(cmd.appointmentId());
        Availability availability = new Availability(
                lookups.clinicianBusy(booked.clinicianId(), booked.start(), booked.end(), cmd.appointmentId()),
                lookups.patientBusy(booked.patientId(), booked.start(), booked.end(), cmd.appointmentId()));
        return load(cmd.appointmentId()).invoke(appointment -> appointment.confirm(cmd, availability));
    }

    @CommandHandler
    long handle(RescheduleAppointment cmd) {
        Appointment.requireWellFormed(cmd);
        Booked booked = lockedParties(cmd.appointmentId());
        Instant end = end(cmd.start(), cmd.durationMinutes());
        Availability availability = new Availability(
                lookups.clinicianBusy(booked.clinicianId(), cmd.start(), end, cmd.appointmentId()),
                lookups.patientBusy(booked.patientId(), cmd.start(), end, cmd.appointmentId()));
        return load(cmd.appointmentId()).invoke(appointment -> appointment.reschedule(cmd, availability));
    }

    /** The clinician (when they are one) and the patient of a new appointment, locked in that order. */
    private Parties partiesLocked(PatientId patientId, OrganizationId organizationId, UserId clinicianId) {
        StaffMember clinician = clinicians.find(clinicianId)
                .filter(member -> member.role() == Role.CLINICIAN && organizationId.equals(member.organizationId()))
                .orElse(null);
        if (clinician != null) {
            lookups.lockClinician(clinicianId);
        }
        OrganizationId patientOrganization = lookups.lockPatient(patientId).orElse(null);
        boolean discharged = patientOrganization != null && lookups.isDischarged(patientId);
        return new Parties(patientOrganization, discharged, clinician);
    }

    private Availability availability(Parties parties, UserId clinicianId, PatientId patientId, Instant start,
            Instant end, AppointmentId except) {
        boolean clinicianBusy = parties.clinician() != null && lookups.clinicianBusy(clinicianId, start, end, except);
        boolean patientBusy = parties.patientOrganization() != null && lookups.patientBusy(patientId, start, end, except);
        return new Availability(clinicianBusy, patientBusy);
    }

    /** The people of an existing appointment, locked clinician first; an unknown appointment is not found. */
    private Booked lockedParties(AppointmentId appointmentId) {
        Booked booked = lookups.find(appointmentId).orElseThrow(() -> new AppointmentNotFound(appointmentId));
        lookups.lockClinician(booked.clinicianId());
        lookups.lockPatient(booked.patientId());
        return booked;
    }

    private Aggregate<Appointment> load(AppointmentId appointmentId) {
        return appointments.load(appointmentId.toString());
    }

    private static Instant end(Instant start, int durationMinutes) {
        return start.plusSeconds(60L * durationMinutes);
    }
}
