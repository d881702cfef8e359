package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** The alert was withdrawn as raised in error. */
@Revision("1")
public record AlertCancelled(AlertId alertId, String reason, UserId cancelledBy) {}
