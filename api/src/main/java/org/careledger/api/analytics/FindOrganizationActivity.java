package org.careledger.api.analytics;

import java.util.Objects;
import org.careledger.api.shared.Actor;

/** Ask for the daily figures of the viewer's own organization over a range of days. */
public record FindOrganizationActivity(DayRange days, Actor viewer) {
    public FindOrganizationActivity {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(viewer, "viewer");
    }
}
