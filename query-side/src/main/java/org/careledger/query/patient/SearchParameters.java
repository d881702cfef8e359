package org.careledger.query.patient;

import java.util.Locale;
import java.util.Map;
import org.careledger.api.patient.PatientSortField;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.shared.InvalidValue;

/** Reads the search's query-string words; an unknown word is a 400 naming the parameter. */
final class SearchParameters {
    private static final Map<String, PatientSortField> SORT_FIELDS = Map.of(
            "familyName", PatientSortField.FAMILY_NAME,
            "mrn", PatientSortField.MRN,
            "registeredAt", PatientSortField.REGISTERED_AT,
            "latestNews2", PatientSortField.LATEST_NEWS2);

    private SearchParameters() {}

    static PatientSortField sortField(String sort) {
        PatientSortField field = SORT_FIELDS.get(sort);
        if (field == null) {
            throw new InvalidValue("sort", "must be one of familyName, mrn, registeredAt, latestNews2");
        }
        return field;
    }

    static boolean ascending(String direction) {
        return switch (direction.toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new InvalidValue("direction", "must be asc or desc");
        };
    }

    static PatientStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> PatientStatus.ACTIVE;
            case "discharged" -> PatientStatus.DISCHARGED;
            default -> throw new InvalidValue("status", "must be active or discharged");
        };
    }
}
