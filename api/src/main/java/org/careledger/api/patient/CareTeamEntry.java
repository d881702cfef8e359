package org.careledger.api.patient;

import java.time.Instant;
import java.util.UUID;
import org.careledger.api.shared.Role;

/** A current member of a patient's care team, as shown in the patient's summary. */
public record CareTeamEntry(UUID memberId, Role memberRole, CareTeamRole teamRole, Instant assignedAt) {}
