package org.careledger.query.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentRequested;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/** Synthetic appointments, patients and staff for the appointment read-side tests; every value is made up. */
final class AppointmentEvents {
    static final OrganizationId ORGANIZATION = OrganizationId.of("a9901000-0000-4000-8000-000000000001");
    static final OrganizationId OTHER_ORGANIZATION = OrganizationId.of("a9901000-0000-4000-8000-000000000002");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final PatientId PATIENT = patientId(1);
    static final UserId ADMIN = UserId.of("a9901000-0000-4000-8000-0000000000a1");
    static final UserId NURSE = UserId.of("a9901000-0000-4000-8000-0000000000a2");
    static final UserId CLINICIAN = UserId.of("a9901000-0000-4000-8000-0000000000a3");
    static final UserId OTHER_CLINICIAN = UserId.of("a9901000-0000-4000-8000-0000000000a4");
    static final UserId ELSEWHERE_CLINICIAN = UserId.of("a9901000-0000-4000-8000-0000000000a5");
    /** "Now" in the query tests: Sunday 1 March 2026, noon in London (GMT). */
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    /** Monday 2 March 2026, 09:00 in London. */
    static final Instant MONDAY_9 = Instant.parse("2026-03-02T09:00:00Z");
    static final String REASON = "chest pain on exertion, review medication";
    static final WorkingWeek OFFICE_HOURS = new WorkingWeek(30, List.of(
            period(DayOfWeek.MONDAY, "09:00", "17:00"), period(DayOfWeek.TUESDAY, "09:00", "17:00"),
            period(DayOfWeek.WEDNESDAY, "09:00", "17:00"), period(DayOfWeek.THURSDAY, "09:00", "17:00"),
            period(DayOfWeek.FRIDAY, "09:00", "17:00")));

    private AppointmentEvents() {}

    static AppointmentBooked booked(AppointmentId id, PatientId patient, UserId clinician, Instant start, int minutes) {
        return booked(id, patient, ORGANIZATION, clinician, start, minutes);
    }

    static AppointmentBooked booked(AppointmentId id, PatientId patient, OrganizationId organization, UserId clinician,
            Instant start, int minutes) {
        return new AppointmentBooked(id, patient, organization, clinician, AppointmentType.CONSULTATION, start, minutes,
                REASON, null, false, NURSE);
    }

    static AppointmentRequested requested(AppointmentId id, PatientId patient, UserId clinician, Instant start) {
        return new AppointmentRequested(id, patient, ORGANIZATION, clinician, AppointmentType.VIDEO, start, 30, REASON,
                patientUserOf(patient).userId());
    }

    static AppointmentBooked confirmed(AppointmentRequested request) {
        return new AppointmentBooked(request.appointmentId(), request.patientId(), request.organizationId(),
                request.clinicianId(), request.type(), request.start(), request.durationMinutes(), request.reason(),
                "https://video.example.org/room/42", true, NURSE);
    }

    static AppointmentCancelled cancelled(AppointmentId id, PatientId patient) {
        return new AppointmentCancelled(id, patient, "patient in hospital elsewhere", ADMIN);
    }

    static CareTeamMemberAssigned assigned(PatientId patient, UserId member, Role role) {
        return new CareTeamMemberAssigned(patient, member, role, CareTeamRole.MEMBER, ADMIN);
    }

    static Actor staff(Role role, UserId user) {
        return Actor.staff(user, role, ORGANIZATION);
    }

    static Actor patientUserOf(PatientId patient) {
        return new Actor(new UserId(UUID.nameUUIDFromBytes(patient.toString().getBytes())), Role.PATIENT, ORGANIZATION,
                patient);
    }

    static AppointmentId appointmentId(int n) {
        return AppointmentId.of(String.format("a9901000-0000-4000-8000-1%011d", n));
    }

    static PatientId patientId(int n) {
        return PatientId.of(String.format("a9901000-0000-4000-8000-2%011d", n));
    }

    static WorkingWeek.Period period(DayOfWeek day, String start, String end) {
        return new WorkingWeek.Period(day, LocalTime.parse(start), LocalTime.parse(end));
    }
}
