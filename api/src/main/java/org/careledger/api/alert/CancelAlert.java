package org.careledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** Withdraw an alert raised in error, saying why. */
public record CancelAlert(@TargetAggregateIdentifier AlertId alertId, String reason, Actor by) {
    // Free text may name the patient, and logging interceptors print payloads.
    @Override
    public String toString() {
        return "CancelAlert[alertId=" + alertId + ", reason=***, by=" + by + "]";
    }
}
