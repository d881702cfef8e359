package org.careledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;

/**
 * Raise an alert about a patient. {@code summary} states the clinical finding without identifying
 * the patient (e.g. "NEWS2 7: emergency response"). {@code by} is the nurse or clinician who raised it
 * by hand, or null when a rule raised it.
 */
public record RaiseAlert(
        @TargetAggregateIdentifier AlertId alertId,
        PatientId patientId,
        OrganizationId organizationId,
        AlertType type,
        Severity severity,
        String summary,
        Actor by) {}
