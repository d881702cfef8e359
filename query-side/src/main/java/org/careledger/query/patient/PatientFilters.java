package org.careledger.query.patient;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.careledger.api.patient.PatientSortField;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.shared.Actor;
import org.springframework.data.jpa.domain.Specification;

/** Who may see which patient, and how a search filters and orders: the only place these rules are written. */
final class PatientFilters {
    private static final char ESCAPE = '\\';

    private PatientFilters() {}

    /**
     * Nothing crosses organizations. ADMIN and AUDITOR see the whole organization, NURSE and CLINICIAN the patients
     * whose current care team includes them, PATIENT their own record, DEVICE nothing.
     */
    static Specification<PatientSummaryView> visibleTo(Actor viewer) {
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

    static Specification<PatientSummaryView> withId(UUID patientId) {
        return (root, query, cb) -> cb.equal(root.get("patientId"), patientId);
    }

    /** The text matches the start of the given name, the family name or the MRN, ignoring case. */
    static Specification<PatientSummaryView> matching(String text) {
        if (text == null) {
            return Specification.unrestricted();
        }
        String name = escapeLike(PatientSummaryView.searchKey(text)) + "%";
        String mrn = escapeLike(text.toUpperCase(Locale.ROOT)) + "%";
        return (root, query, cb) -> cb.or(
                cb.like(root.get("givenNameKey"), name, ESCAPE),
                cb.like(root.get("familyNameKey"), name, ESCAPE),
                cb.like(root.get("mrn"), mrn, ESCAPE));
    }

    static Specification<PatientSummaryView> withStatus(PatientStatus status) {
        return status == null ? Specification.unrestricted() : (root, query, cb) -> cb.equal(root.get("status"), status);
    }

    /**
     * Orders here rather than through a Pageable's Sort, which cannot put nulls last in a Criteria query: patients
     * without vital signs rank after every NEWS2 either way. The patient id breaks ties so pages never overlap.
     */
    static Specification<PatientSummaryView> orderedBy(PatientSortField field, boolean ascending) {
        return (root, query, cb) -> {
            List<Order> orders = new ArrayList<>();
            if (field == PatientSortField.LATEST_NEWS2) {
                Path<Integer> total = root.get("latestNews2").get("total");
                orders.add(cb.asc(cb.selectCase().when(cb.isNull(total), 1).otherwise(0)));
            }
            for (Path<?> path : sortPaths(root, field)) {
                orders.add(ascending ? cb.asc(path) : cb.desc(path));
            }
            orders.add(cb.asc(root.get("patientId")));
            query.orderBy(orders);
            return null;
        };
    }

    static Specification<VitalSignsView> observed(UUID patientId, Instant from, Instant to) {
        return (root, query, cb) -> {
            Path<Instant> observedAt = root.get("observedAt");
            List<Predicate> predicates = new ArrayList<>(List.of(cb.equal(root.get("patientId"), patientId)));
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(observedAt, from));
            }
            if (to != null) {
                predicates.add(cb.lessThan(observedAt, to));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static Predicate onCareTeam(
            Root<PatientSummaryView> root, CriteriaQuery<?> query, CriteriaBuilder cb, UUID memberId) {
        Subquery<Integer> member = query.subquery(Integer.class);
        Root<CareTeamMemberView> team = member.from(CareTeamMemberView.class);
        member.select(cb.literal(1))
                .where(cb.equal(team.get("patientId"), root.get("patientId")), cb.equal(team.get("memberId"), memberId));
        return cb.exists(member);
    }

    private static List<Path<?>> sortPaths(Root<PatientSummaryView> root, PatientSortField field) {
        return switch (field) {
            case FAMILY_NAME -> List.of(root.get("familyNameKey"), root.get("givenNameKey"));
            case MRN -> List.of(root.get("mrn"));
            case REGISTERED_AT -> List.of(root.get("registeredAt"));
            case LATEST_NEWS2 -> List.of(root.get("latestNews2").get("total"), root.get("familyNameKey"));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
