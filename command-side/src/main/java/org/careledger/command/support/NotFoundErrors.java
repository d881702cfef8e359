package org.careledger.command.support;

import org.axonframework.commandhandling.CommandMessage;
import org.careledger.api.shared.ClinicalError;
import org.careledger.api.shared.ClinicalErrorCode;

/**
 * The error for a command addressed to a record that does not exist. It must read exactly like the
 * aggregate's own "not visible to you" answer, so that nobody learns a record exists by probing.
 */
final class NotFoundErrors {
    private NotFoundErrors() {}

    static ClinicalError forCommand(CommandMessage<?> command, String aggregateId) {
        String feature = command.getPayloadType().getPackageName();
        if (feature.endsWith(".patient")) {
            return new ClinicalError(ClinicalErrorCode.PATIENT_NOT_FOUND, "patient " + aggregateId + " not found");
        }
        if (feature.endsWith(".alert")) {
            return new ClinicalError(ClinicalErrorCode.ALERT_NOT_FOUND, "alert " + aggregateId + " not found");
        }
        if (feature.endsWith(".appointment")) {
            return new ClinicalError(ClinicalErrorCode.APPOINTMENT_NOT_FOUND, "appointment " + aggregateId + " not found");
        }
        return new ClinicalError(ClinicalErrorCode.RECORD_NOT_FOUND, "record " + aggregateId + " not found");
    }
}
