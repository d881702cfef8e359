package org.careledger.api.alert;

import java.util.Objects;
import org.careledger.api.shared.Actor;

/**
 * Ask for one alert with its whole timeline as {@code viewer} may see it; an alert they may not see is answered as
 * absent.
 */
public record FindAlertById(AlertId alertId, Actor viewer) {
    public FindAlertById {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(viewer, "viewer");
    }
}
