package org.careledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** A clinician closes an alert with the outcome of its assessment. */
public record ResolveAlert(@TargetAggregateIdentifier AlertId alertId, String outcome, Actor by) {}
