package org.careledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** A nurse or clinician on the patient's care team takes the alert on; this stops escalation. */
public record AcknowledgeAlert(@TargetAggregateIdentifier AlertId alertId, boolean onCareTeam, Actor by) {}
