package org.careledger.query.appointment;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who may see which appointment and read its free text, and how lists filter and order: the only place these rules
 * are written. Nothing crosses organizations. NURSE, CLINICIAN and ADMIN see every appointment of their
 * organization (front desks and clinics book for any patient); a PATIENT sees their own; AUDITOR and DEVICE none.
 * The reason is PHI and read only by the patient, the appointment's clinician and the patient's current care team.
 */
final class AppointmentFilters {

    private AppointmentFilters() {}

    static boolean isStaff(Actor viewer) {
        return switch (viewer.role()) {
            case NURSE, CLINICIAN, ADMIN -> true;
            case PATIENT, AUDITOR, DEVICE -> false;
        };
    }

    static Specification<AppointmentView> visibleTo(Actor viewer) {
        return (root, query, cb) -> {
            Predicate sameOrganization = cb.equal(root.get("organizationId"), viewer.organizationId().value());
            return switch (viewer.role()) {
                case NURSE, CLINICIAN, ADMIN -> sameOrganization;
                case PATIENT -> cb.and(sameOrganization, cb.equal(root.get("patientId"), viewer.patientId().value()));
                case AUDITOR, DEVICE -> cb.disjunction();
            };
        };
    }

    /** Whether {@code viewer}, who may see the appointment, may also read its reason. */
    static boolean mayReadReason(Actor viewer, AppointmentView appointment, boolean viewerOnCareTeam) {
        if (viewer.role() == org.careledger.api.shared.Role.PATIENT) {
            return viewer.patientId().value().equals(appointment.getPatientId());
        }
        return viewer.userId().value().equals(appointment.getClinicianId()) || viewerOnCareTeam;
    }

    static Specification<AppointmentView> withId(UUID appointmentId) {
        return (root, query, cb) -> cb.equal(root.get("appointmentId"), appointmentId);
    }

    static Specification<AppointmentView> ofPatient(PatientId patientId) {
        return patientId == null
                ? Specification.unrestricted()
                : (root, query, cb) -> cb.equal(root.get("patientId"), patientId.value());
    }

    static Specification<AppointmentView> ofClinician(UserId clinicianId) {
        return clinicianId == null
                ? Specification.unrestricted()
                : (root, query, cb) -> cb.equal(root.get("clinicianId"), clinicianId.value());
    }

    static Specification<AppointmentView> inStatus(Set<AppointmentStatus> statuses) {
        return statuses.isEmpty()
                ? Specification.unrestricted()
                : (root, query, cb) -> root.get("status").in(statuses);
    }

    /** Starting from {@code from} (inclusive) until {@code to} (exclusive); either bound may be absent. */
    static Specification<AppointmentView> startingWithin(Instant from, Instant to) {
        Specification<AppointmentView> after = from == null
                ? Specification.unrestricted()
                : (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("startAt"), from);
        Specification<AppointmentView> before = to == null
                ? Specification.unrestricted()
                : (root, query, cb) -> cb.lessThan(root.get("startAt"), to);
        return after.and(before);
    }

    /** Still holding time and not yet over at {@code now}. */
    static Specification<AppointmentView> upcoming(Instant now) {
        return (root, query, cb) -> cb.and(
                root.get("status").in(AppointmentStatus.PROPOSED, AppointmentStatus.BOOKED,
                        AppointmentStatus.CHECKED_IN),
                cb.greaterThan(root.get("endAt"), now));
    }

    static Specification<AppointmentView> notEnteredInError() {
        return (root, query, cb) -> cb.notEqual(root.get("status"), AppointmentStatus.ENTERED_IN_ERROR);
    }

    /** Earliest start first; the id breaks ties so pages never overlap. */
    static Specification<AppointmentView> earliestFirst() {
        return (root, query, cb) -> {
            query.orderBy(cb.asc(root.get("startAt")), cb.asc(root.get("appointmentId")));
            return null;
        };
    }
}
