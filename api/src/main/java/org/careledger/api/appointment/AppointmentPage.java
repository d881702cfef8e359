package org.careledger.api.appointment;

import java.util.List;

/** One page of appointments: the items, the 0-based page number and size asked for, and the totals. */
public record AppointmentPage(List<AppointmentSummary> items, int page, int size, long totalItems, int totalPages) {
    public AppointmentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
