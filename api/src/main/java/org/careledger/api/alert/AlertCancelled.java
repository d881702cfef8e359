package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** The alert was withdrawn as raised in error. */
@Revision("1")
public record AlertCancelled(AlertId alertId, String reason, UserId cancelledBy) {
    // Free text may name the patient, and logging interceptors print payloads.
    @Override
    public String toString() {
        return "AlertCancelled[alertId=" + alertId + ", reason=***, cancelledBy=" + cancelledBy + "]";
    }
}
