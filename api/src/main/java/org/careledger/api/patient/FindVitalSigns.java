package org.careledger.api.patient;

import java.time.Instant;
import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.PatientId;

/**
 * Ask for a patient's vital signs, newest observation first, observed from {@code from} (inclusive) until {@code to}
 * (exclusive), either bound optional; a patient {@code viewer} may not see is answered as absent.
 */
public record FindVitalSigns(PatientId patientId, Instant from, Instant to, int page, int size, Actor viewer) {
    public FindVitalSigns {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(viewer, "viewer");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValue("from", "must not be after to");
        }
        PageBounds.check(page, size);
    }
}
