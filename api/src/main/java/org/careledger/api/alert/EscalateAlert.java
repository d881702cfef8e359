package org.careledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/**
 * Move an unacknowledged alert one level up the escalation policy; sent by the escalation saga when
 * time runs out ({@code by} null) or by a clinician by hand.
 */
public record EscalateAlert(@TargetAggregateIdentifier AlertId alertId, EscalationReason reason, Actor by) {}
