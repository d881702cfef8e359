package org.careledger.api.patient;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/** Add a set of vital-sign observations taken at {@code observedAt} to the patient's record. */
public record RecordVitalSigns(
        @TargetAggregateIdentifier PatientId patientId,
        VitalSigns vitalSigns,
        VitalSignsSource source,
        Instant observedAt,
        Long expectedVersion,
        Actor by) {}
