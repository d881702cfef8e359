package org.careledger.api.patient;

import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/** Ask for one patient's summary as {@code viewer} may see it; a record they may not see is answered as absent. */
public record FindPatientById(PatientId patientId, Actor viewer) {
    public FindPatientById {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(viewer, "viewer");
    }
}
