package org.careledger.query.patient;

import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.careledger.api.patient.FindPatientById;
import org.careledger.api.patient.FindVitalSigns;
import org.careledger.api.patient.PatientPage;
import org.careledger.api.patient.PatientSummary;
import org.careledger.api.patient.SearchPatients;
import org.careledger.api.patient.VitalSignsPage;
import org.careledger.api.shared.Actor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Answers the patient queries from the projections. A patient the viewer may not see is answered exactly like one
 * that does not exist: {@code null}, which Axon turns into an empty Optional for {@code optionalInstanceOf}.
 */
@Component
class PatientQueries {
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("observedAt"), Sort.Order.desc("sequenceNumber"));

    private final PatientSummaryRepository summaries;
    private final CareTeamMemberRepository careTeams;
    private final VitalSignsRepository readings;
    private final PatientViewMapper mapper;

    PatientQueries(
            PatientSummaryRepository summaries,
            CareTeamMemberRepository careTeams,
            VitalSignsRepository readings,
            PatientViewMapper mapper) {
        this.summaries = summaries;
        this.careTeams = careTeams;
        this.readings = readings;
        this.mapper = mapper;
    }

    @QueryHandler
    PatientSummary handle(FindPatientById query) {
        return summaries.findOne(visible(query.patientId().value(), query.viewer()))
                .map(this::withCareTeam)
                .orElse(null);
    }

    @QueryHandler
    PatientPage handle(SearchPatients query) {
        var filter = PatientFilters.visibleTo(query.viewer())
                .and(PatientFilters.matching(query.text()))
                .and(PatientFilters.withStatus(query.status()))
                .and(PatientFilters.orderedBy(query.sort(), query.ascending()));
        return mapper.toPatientPage(summaries.findAll(filter, PageRequest.of(query.page(), query.size())));
    }

    @QueryHandler
    VitalSignsPage handle(FindVitalSigns query) {
        UUID patientId = query.patientId().value();
        if (!summaries.exists(visible(patientId, query.viewer()))) {
            return null;
        }
        var filter = PatientFilters.observed(patientId, query.from(), query.to());
        var page = PageRequest.of(query.page(), query.size(), NEWEST_FIRST);
        return mapper.toVitalSignsPage(patientId, readings.findAll(filter, page));
    }

    private PatientSummary withCareTeam(PatientSummaryView view) {
        return mapper.toSummary(view, careTeams.findByPatientIdOrderByAssignedAtAscMemberIdAsc(view.getPatientId()));
    }

    private static Specification<PatientSummaryView> visible(UUID patientId, Actor viewer) {
        return PatientFilters.withId(patientId).and(PatientFilters.visibleTo(viewer));
    }
}
