package org.careledger.saga.notification;

import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;

/** What the notifications of an alert need to know about it: whose it is, how urgent, and the finding. */
record AlertContext(AlertId alertId, PatientId patientId, OrganizationId organizationId, Severity severity,
        String summary) {}
