package org.careledger.saga.notification;

import java.util.List;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** The nurses and clinicians currently on a patient's care team. */
interface CareTeams {
    List<UserId> currentCareGivers(PatientId patientId);
}
