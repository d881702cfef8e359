package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** Someone on the care team took the alert on; the escalation clock stops. */
@Revision("1")
public record AlertAcknowledged(AlertId alertId, UserId acknowledgedBy) {}
