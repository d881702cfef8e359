package org.careledger.api.alert;

import java.util.List;

/** One page of the alert worklist: the items, the 0-based page number and size asked for, and the totals. */
public record AlertPage(List<AlertSummary> items, int page, int size, long totalItems, int totalPages) {
    public AlertPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
