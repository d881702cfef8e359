package org.careledger.query.appointment;

import java.util.List;
import org.careledger.api.appointment.AppointmentDetails;
import org.careledger.api.appointment.AppointmentHistoryEntry;
import org.careledger.api.appointment.AppointmentPage;
import org.careledger.api.appointment.AppointmentSummary;
import org.mapstruct.IterableMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.springframework.data.domain.Page;

/** Views to results; the free text is left out by the {@code withoutFreeText} mappings, chosen by AppointmentQueries. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AppointmentViewMapper {
    @Mapping(target = "start", source = "startAt")
    @Mapping(target = "end", source = "endAt")
    AppointmentSummary toSummary(AppointmentView view);

    List<AppointmentSummary> toSummaries(List<AppointmentView> views);

    @Mapping(target = "items", source = "content")
    @Mapping(target = "page", source = "number")
    @Mapping(target = "totalItems", source = "totalElements")
    AppointmentPage toPage(Page<AppointmentView> appointments);

    @Mapping(target = "start", source = "view.startAt")
    @Mapping(target = "end", source = "view.endAt")
    @Mapping(target = "reasonVisible", constant = "true")
    @Mapping(target = "history", source = "history", qualifiedByName = "withFreeText")
    AppointmentDetails toDetails(AppointmentView view, List<AppointmentHistoryEntryView> history);

    @Mapping(target = "start", source = "view.startAt")
    @Mapping(target = "end", source = "view.endAt")
    @Mapping(target = "reasonVisible", constant = "false")
    @Mapping(target = "reason", ignore = true)
    @Mapping(target = "cancellationReason", ignore = true)
    @Mapping(target = "history", source = "history", qualifiedByName = "withoutFreeText")
    AppointmentDetails toDetailsWithoutFreeText(AppointmentView view, List<AppointmentHistoryEntryView> history);

    @Named("withFreeText")
    @IterableMapping(qualifiedByName = "entryWithFreeText")
    List<AppointmentHistoryEntry> toEntries(List<AppointmentHistoryEntryView> entries);

    @Named("withoutFreeText")
    @IterableMapping(qualifiedByName = "entryWithoutFreeText")
    List<AppointmentHistoryEntry> toEntriesWithoutFreeText(List<AppointmentHistoryEntryView> entries);

    @Named("entryWithFreeText")
    @Mapping(target = "sequence", source = "sequenceNumber")
    @Mapping(target = "start", source = "startAt")
    AppointmentHistoryEntry toEntry(AppointmentHistoryEntryView entry);

    @Named("entryWithoutFreeText")
    @Mapping(target = "sequence", source = "sequenceNumber")
    @Mapping(target = "start", source = "startAt")
    @Mapping(target = "reason", ignore = true)
    AppointmentHistoryEntry toEntryWithoutFreeText(AppointmentHistoryEntryView entry);
}
