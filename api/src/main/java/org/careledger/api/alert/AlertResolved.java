package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** A clinician closed the alert with an outcome. */
@Revision("1")
public record AlertResolved(AlertId alertId, String outcome, UserId resolvedBy) {
    // Free text may name the patient, and logging interceptors print payloads.
    @Override
    public String toString() {
        return "AlertResolved[alertId=" + alertId + ", outcome=***, resolvedBy=" + resolvedBy + "]";
    }
}
