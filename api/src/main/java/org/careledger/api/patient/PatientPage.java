package org.careledger.api.patient;

import java.util.List;

/** One page of a patient search: the items, the 0-based page number and size asked for, and the totals. */
public record PatientPage(List<PatientListItem> items, int page, int size, long totalItems, int totalPages) {
    public PatientPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
