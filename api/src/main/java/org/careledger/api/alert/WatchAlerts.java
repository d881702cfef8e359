package org.careledger.api.alert;

import java.util.Objects;
import org.careledger.api.shared.Actor;

/**
 * Subscribe to the changes of the alerts {@code viewer} may see: answered first with the open ones (at most
 * {@link FindAlertWorklist#MAX_SIZE}, most severe first), then updated with an {@link AlertSummary} after each change.
 */
public record WatchAlerts(Actor viewer) {
    public WatchAlerts {
        Objects.requireNonNull(viewer, "viewer");
    }
}
