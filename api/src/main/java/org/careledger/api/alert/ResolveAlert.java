package org.careledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** A clinician closes an alert with the outcome of its assessment. */
public record ResolveAlert(@TargetAggregateIdentifier AlertId alertId, String outcome, Actor by) {
    // Free text may name the patient, and logging interceptors print payloads.
    @Override
    public String toString() {
        return "ResolveAlert[alertId=" + alertId + ", outcome=***, by=" + by + "]";
    }
}
