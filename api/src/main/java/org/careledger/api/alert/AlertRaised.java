package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** An alert about a patient was raised, by a rule ({@code raisedBy} null) or by hand; escalation starts. */
@Revision("1")
public record AlertRaised(
        AlertId alertId,
        PatientId patientId,
        OrganizationId organizationId,
        AlertType type,
        Severity severity,
        String summary,
        UserId raisedBy) {}
