package org.careledger.api.patient;

import java.util.List;
import java.util.UUID;

/** One page of a patient's vital signs, newest observation first, with the 0-based page number, size and totals. */
public record VitalSignsPage(
        UUID patientId, List<VitalSignsReading> items, int page, int size, long totalItems, int totalPages) {

    public VitalSignsPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
