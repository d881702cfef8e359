package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** The alert moved up to {@code level} (1 care team, 2 on-call clinician, 3 organization escalation contact). */
@Revision("1")
public record AlertEscalated(AlertId alertId, int level, EscalationReason reason, UserId escalatedBy) {}
