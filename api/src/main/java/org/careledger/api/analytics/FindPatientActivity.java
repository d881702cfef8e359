package org.careledger.api.analytics;

import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/** Ask for one patient's daily figures over a range of days; answered only if {@code viewer} may see the patient. */
public record FindPatientActivity(PatientId patientId, DayRange days, Actor viewer) {
    public FindPatientActivity {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(viewer, "viewer");
    }
}
