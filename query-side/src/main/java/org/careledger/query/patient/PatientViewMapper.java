package org.careledger.query.patient;

import java.util.List;
import java.util.UUID;
import org.careledger.api.patient.CareTeamEntry;
import org.careledger.api.patient.LatestNews2;
import org.careledger.api.patient.PatientListItem;
import org.careledger.api.patient.PatientPage;
import org.careledger.api.patient.PatientSummary;
import org.careledger.api.patient.VitalSignsPage;
import org.careledger.api.patient.VitalSignsReading;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;
import org.springframework.data.domain.Page;

@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface PatientViewMapper {
    PatientSummary toSummary(PatientSummaryView view, List<CareTeamMemberView> careTeam);

    CareTeamEntry toCareTeamEntry(CareTeamMemberView member);

    LatestNews2 toLatestNews2(LatestNews2View news2);

    @Mapping(target = "latestNews2Total", source = "latestNews2.total")
    @Mapping(target = "latestNews2Risk", source = "latestNews2.risk")
    PatientListItem toListItem(PatientSummaryView view);

    @Mapping(target = "items", source = "content")
    @Mapping(target = "page", source = "number")
    @Mapping(target = "totalItems", source = "totalElements")
    PatientPage toPatientPage(Page<PatientSummaryView> summaries);

    VitalSignsReading toReading(VitalSignsView view);

    @Mapping(target = "items", source = "readings.content")
    @Mapping(target = "page", source = "readings.number")
    @Mapping(target = "size", source = "readings.size")
    @Mapping(target = "totalItems", source = "readings.totalElements")
    @Mapping(target = "totalPages", source = "readings.totalPages")
    VitalSignsPage toVitalSignsPage(UUID patientId, Page<VitalSignsView> readings);
}
