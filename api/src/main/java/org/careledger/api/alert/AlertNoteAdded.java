package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** A note was added to the alert (the text is PHI). */
@Revision("1")
public record AlertNoteAdded(AlertId alertId, String text, UserId addedBy) {
    // Free text may name the patient, and logging interceptors print payloads.
    @Override
    public String toString() {
        return "AlertNoteAdded[alertId=" + alertId + ", text=***, addedBy=" + addedBy + "]";
    }
}
