package org.careledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** Add a clinical note to an alert (PHI: free text). */
public record AddAlertNote(@TargetAggregateIdentifier AlertId alertId, String text, Actor by) {
    // Free text may name the patient, and logging interceptors print payloads.
    @Override
    public String toString() {
        return "AddAlertNote[alertId=" + alertId + ", text=***, by=" + by + "]";
    }
}
