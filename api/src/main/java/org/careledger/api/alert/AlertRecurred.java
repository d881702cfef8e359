package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** The condition of an open alert was found again; the alert stays one, and may now be more severe. */
@Revision("1")
public record AlertRecurred(AlertId alertId, Severity severity, String summary, UserId raisedBy) {}
