package org.careledger.api.appointment;

import java.util.List;

/** Appointments of one patient or one clinician, earliest first: the upcoming ones, or those of a calendar feed. */
public record AppointmentList(List<AppointmentSummary> items) {
    public AppointmentList {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
