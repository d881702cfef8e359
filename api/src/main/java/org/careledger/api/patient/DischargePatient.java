package org.careledger.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/**
 * End the patient's monitoring, for {@code reason} ({@code NOT_RECORDED} when none is given); the record stays and can
 * still be read, but no longer changes.
 */
public record DischargePatient(
        @TargetAggregateIdentifier PatientId patientId,
        DischargeReason reason,
        Long expectedVersion,
        Actor by) {
    public DischargePatient {
        if (reason == null) {
            reason = DischargeReason.NOT_RECORDED;
        }
    }

    /** A discharge without a reason. */
    public DischargePatient(PatientId patientId, Long expectedVersion, Actor by) {
        this(patientId, DischargeReason.NOT_RECORDED, expectedVersion, by);
    }
}
