package org.careledger.api.alert;

import java.util.Objects;
import java.util.Set;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.PatientId;

/**
 * Ask for the alerts of the patients {@code viewer} may see, most severe first and then oldest first, one page at a
 * time: only those in {@code statuses}, of any of {@code severities} (all severities when empty), and of one patient
 * when {@code patientId} is given.
 */
public record FindAlertWorklist(
        Set<AlertStatus> statuses, Set<Severity> severities, PatientId patientId, int page, int size, Actor viewer) {
    public static final int MAX_SIZE = 100;

    public FindAlertWorklist {
        if (statuses == null || statuses.isEmpty()) {
            throw new InvalidValue("status", "must name at least one status");
        }
        statuses = Set.copyOf(statuses);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        if (page < 0) {
            throw new InvalidValue("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("size", "must be between 1 and " + MAX_SIZE);
        }
        // JPA takes the row offset as an int
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidValue("page", "is too large");
        }
        Objects.requireNonNull(viewer, "viewer");
    }
}
