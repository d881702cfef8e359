package org.careledger.query.alert;

import java.util.List;
import org.careledger.api.alert.AlertDetails;
import org.careledger.api.alert.AlertPage;
import org.careledger.api.alert.AlertSummary;
import org.careledger.api.alert.AlertTimelineEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;
import org.springframework.data.domain.Page;

@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AlertViewMapper {
    AlertSummary toSummary(AlertView view);

    List<AlertSummary> toSummaries(List<AlertView> views);

    AlertDetails toDetails(AlertView view, List<AlertTimelineEntryView> timeline);

    @Mapping(target = "sequence", source = "sequenceNumber")
    AlertTimelineEntry toEntry(AlertTimelineEntryView entry);

    @Mapping(target = "items", source = "content")
    @Mapping(target = "page", source = "number")
    @Mapping(target = "totalItems", source = "totalElements")
    AlertPage toPage(Page<AlertView> alerts);
}
