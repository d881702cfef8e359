package org.careledger.query.alert;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who may see which alert, and how the worklist filters and orders: the only place these rules are written. The
 * visibility rule exists twice, as a query for the reads and as a test for the live stream, side by side here.
 */
final class AlertFilters {

    private AlertFilters() {}

    /**
     * The patients' rule: nothing crosses organizations. ADMIN and AUDITOR see the whole organization, NURSE and
     * CLINICIAN the alerts of patients whose current care team includes them, PATIENT their own, DEVICE nothing.
     */
    static Specification<AlertView> visibleTo(Actor viewer) {
        return (root, query, cb) -> {
            Predicate sameOrganization = cb.equal(root.get("organizationId"), viewer.organizationId().value());
            return switch (viewer.role()) {
                case ADMIN, AUDITOR -> sameOrganization;
                case NURSE, CLINICIAN -> cb.and(sameOrganization, onCareTeam(root, query, cb, viewer.userId().value()));
                case PATIENT -> cb.and(sameOrganization, cb.equal(root.get("patientId"), viewer.patientId().value()));
                case DEVICE -> cb.disjunction();
            };
        };
    }

    /** {@link #visibleTo} for one alert already in hand: the live stream's filter per subscriber. */
    static boolean mayWatch(Actor viewer, AlertView alert, Set<UUID> careTeam) {
        if (!viewer.organizationId().value().equals(alert.getOrganizationId())) {
            return false;
        }
        return switch (viewer.role()) {
            case ADMIN, AUDITOR -> true;
            case NURSE, CLINICIAN -> careTeam.contains(viewer.userId().value());
            case PATIENT -> viewer.patientId().value().equals(alert.getPatientId());
            case DEVICE -> false;
        };
    }

    /** Response metrics are for staff: patients and devices measure nothing, staff what they may see. */
    static Specification<AlertView> measurableBy(Actor viewer) {
        return switch (viewer.role()) {
            case ADMIN, AUDITOR, NURSE, CLINICIAN -> visibleTo(viewer);
            case PATIENT, DEVICE -> (root, query, cb) -> cb.disjunction();
        };
    }

    static Specification<AlertView> withId(UUID alertId) {
        return (root, query, cb) -> cb.equal(root.get("alertId"), alertId);
    }

    /**
     * The statuses asked for. When they are all open or all closed the open flag is said as well: it leads the
     * worklist's index, so the page is read in order from the index instead of sorting every open alert.
     */
    static Specification<AlertView> inStatus(Set<AlertStatus> statuses) {
        boolean allOpen = statuses.stream().noneMatch(AlertStatus::isClosed);
        boolean allClosed = statuses.stream().allMatch(AlertStatus::isClosed);
        return (root, query, cb) -> {
            Predicate named = root.get("status").in(statuses);
            return allOpen || allClosed ? cb.and(cb.equal(root.get("open"), allOpen), named) : named;
        };
    }

    static Specification<AlertView> ofSeverity(Set<Severity> severities) {
        return severities.isEmpty()
                ? Specification.unrestricted()
                : (root, query, cb) -> root.get("severity").in(severities);
    }

    static Specification<AlertView> ofPatient(PatientId patientId) {
        return patientId == null
                ? Specification.unrestricted()
                : (root, query, cb) -> cb.equal(root.get("patientId"), patientId.value());
    }

    /** From inclusive, to exclusive. */
    static Specification<AlertView> raisedWithin(Instant from, Instant to) {
        return (root, query, cb) -> cb.and(
                cb.greaterThanOrEqualTo(root.get("raisedAt"), from), cb.lessThan(root.get("raisedAt"), to));
    }

    /**
     * Most severe first, then the longest waiting; the alert id breaks ties so pages never overlap. Severity is stored
     * by name, whose alphabetical order means nothing, so the row keeps its rank beside it.
     */
    static Specification<AlertView> mostUrgentFirst() {
        return (root, query, cb) -> {
            query.orderBy(cb.desc(root.get("severityRank")), cb.asc(root.get("raisedAt")), cb.asc(root.get("alertId")));
            return null;
        };
    }

    private static Predicate onCareTeam(Root<AlertView> root, CriteriaQuery<?> query, CriteriaBuilder cb, UUID member) {
        Subquery<Integer> onTeam = query.subquery(Integer.class);
        Root<AlertCareTeamView> team = onTeam.from(AlertCareTeamView.class);
        onTeam.select(cb.literal(1)).where(
                cb.equal(team.get("patientId"), root.get("patientId")),
                cb.equal(team.get("memberId"), member),
                cb.isTrue(team.get("onTeam")));
        return cb.exists(onTeam);
    }
}
