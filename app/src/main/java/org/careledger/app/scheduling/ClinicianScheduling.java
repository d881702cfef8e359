package org.careledger.app.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careledger.api.appointment.ScheduleAbsence;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.app.security.UserAccount;
import org.careledger.app.security.UserAccounts;
import org.careledger.query.appointment.ClinicianCalendar;
import org.careledger.query.appointment.ClinicianCalendars;
import org.careledger.query.appointment.WorkingWeek;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinicians' working hours and absences: kept by ADMIN or by the clinician for themselves, read by the staff of the
 * organization, and answered to the appointment read side, which computes free slots from them. A clinician without
 * hours of their own works the organization's default week.
 */
@Service
class ClinicianScheduling implements ClinicianCalendars {
    private final WorkingHoursRows hours;
    private final Absences absences;
    private final UserAccounts accounts;
    private final SchedulingProperties properties;
    private final AppointmentZones zones;
    private final Clock clock;

    ClinicianScheduling(WorkingHoursRows hours, Absences absences, UserAccounts accounts,
            SchedulingProperties properties, AppointmentZones zones, Clock clock) {
        this.hours = hours;
        this.absences = absences;
        this.accounts = accounts;
        this.properties = properties;
        this.zones = zones;
        this.clock = clock;
    }

    /** Where a clinician's week comes from. */
    enum Source {
        CLINICIAN,
        ORGANIZATION_DEFAULT
    }

    record Week(ZoneId zone, Source source, WorkingWeek week) {}

    @Override
    public ZoneId zoneOf(OrganizationId organizationId) {
        return zones.zoneOf(organizationId.value());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isClinician(UserId userId, OrganizationId organizationId) {
        return clinician(userId.value(), organizationId.value()).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClinicianCalendar> find(UserId clinicianId, OrganizationId organizationId, Instant from,
            Instant to) {
        return clinician(clinicianId.value(), organizationId.value()).map(clinician -> new ClinicianCalendar(
                zoneOf(organizationId), weekOf(clinician.id()).week(), absencesOf(clinician.id(), from, to)));
    }

    @Transactional(readOnly = true)
    Week workingHours(Actor viewer, UUID clinicianId) {
        var clinician = readable(viewer, clinicianId);
        return weekOf(clinician.id());
    }

    /** Replaces the clinician's week; it then no longer follows the organization's default. */
    @Transactional
    void setWorkingHours(Actor editor, UUID clinicianId, WorkingWeek week) {
        var clinician = editable(editor, clinicianId);
        hours.deleteByClinician(clinician.id());
        hours.flush();
        week.periods().forEach(period ->
                hours.save(new WorkingHoursRow(clinician.id(), clinician.organizationId(), period, week.slotMinutes())));
    }

    /** The clinician follows the organization's default week again. */
    @Transactional
    void resetWorkingHours(Actor editor, UUID clinicianId) {
        hours.deleteByClinician(editable(editor, clinicianId).id());
    }

    @Transactional(readOnly = true)
    List<ScheduleAbsence> absences(Actor viewer, UUID clinicianId, Instant from, Instant to) {
        return absencesOf(readable(viewer, clinicianId).id(), from, to);
    }

    @Transactional
    UUID addAbsence(Actor editor, UUID clinicianId, Instant from, Instant to, String reason) {
        var clinician = editable(editor, clinicianId);
        var absence = new Absence(clinician.id(), clinician.organizationId(), from, to, reason,
                editor.userId().value(), clock.instant());
        return absences.save(absence).id();
    }

    @Transactional
    void removeAbsence(Actor editor, UUID clinicianId, UUID absenceId) {
        var clinician = editable(editor, clinicianId);
        var absence = absences.findById(absenceId)
                .filter(found -> found.clinicianId().equals(clinician.id()))
                .orElseThrow(() -> new NotFound("absence not found"));
        absences.delete(absence);
    }

    private Week weekOf(UUID clinicianId) {
        var rows = hours.findByClinicianId(clinicianId);
        var zone = zones.zoneOf(accounts.findById(clinicianId).orElseThrow().organizationId());
        if (rows.isEmpty()) {
            return new Week(zone, Source.ORGANIZATION_DEFAULT, properties.defaultHours().week());
        }
        var week = new WorkingWeek(rows.get(0).slotMinutes(), rows.stream().map(WorkingHoursRow::period).toList());
        return new Week(zone, Source.CLINICIAN, week);
    }

    private List<ScheduleAbsence> absencesOf(UUID clinicianId, Instant from, Instant to) {
        return absences.overlapping(clinicianId, from, to).stream().map(Absence::toResult).toList();
    }

    private Optional<UserAccount> clinician(UUID userId, UUID organizationId) {
        return accounts.findById(userId)
                .filter(UserAccount::enabled)
                .filter(account -> account.role() == Role.CLINICIAN)
                .filter(account -> account.organizationId().equals(organizationId));
    }

    /** Staff of the clinician's organization may read; for anyone else the clinician does not exist. */
    private UserAccount readable(Actor viewer, UUID clinicianId) {
        boolean staff = viewer.is(Role.ADMIN) || viewer.is(Role.NURSE) || viewer.is(Role.CLINICIAN);
        return clinician(clinicianId, viewer.organizationId().value())
                .filter(clinician -> staff)
                .orElseThrow(() -> new NotFound("clinician " + clinicianId + " not found"));
    }

    /** ADMIN of the organization, or the clinician for themselves. */
    private UserAccount editable(Actor editor, UUID clinicianId) {
        var clinician = readable(editor, clinicianId);
        if (!editor.is(Role.ADMIN) && !editor.userId().value().equals(clinician.id())) {
            throw new NotAllowed();
        }
        return clinician;
    }

    static final class NotFound extends ClinicalException {
        NotFound(String message) {
            super(ClinicalErrorCode.RECORD_NOT_FOUND, message);
        }
    }

    static final class NotAllowed extends ClinicalException {
        NotAllowed() {
            super(ClinicalErrorCode.ACCESS_DENIED, "only an administrator or the clinician may change these hours");
        }
    }
}
