package org.careledger.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;

/** Record the patient's answers to the daily check-in questionnaire. */
public record SubmitCheckIn(
        @TargetAggregateIdentifier PatientId patientId,
        CheckInAnswers answers,
        Long expectedVersion,
        Actor by) {}
