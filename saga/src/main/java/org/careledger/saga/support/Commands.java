package org.careledger.saga.support;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.careledger.api.shared.ClinicalError;
import org.slf4j.Logger;

/**
 * How a process manager sends a command and tells a refusal from a failure. A refusal (the command
 * side answered with a {@link ClinicalError}, e.g. the alert was acknowledged meanwhile or the patient
 * discharged) is an answer: the process goes on without it. Any other failure propagates, so the
 * event processor or the deadline manager tries again later instead of losing a clinical alert.
 */
public final class Commands {

    private Commands() {}

    /** Sends {@code command} and waits; true when it was carried out, false when the command side refused it. */
    public static boolean send(CommandGateway gateway, Object command, Logger log) {
        try {
            gateway.sendAndWait(command);
            return true;
        } catch (CommandExecutionException e) {
            Optional<ClinicalError> refusal = e.getDetails().filter(ClinicalError.class::isInstance)
                    .map(ClinicalError.class::cast);
            if (refusal.isEmpty()) {
                throw e;
            }
            // The command's name and the error code only: refusal messages may quote clinical details.
            log.info("{} was refused: {}", command.getClass().getSimpleName(), refusal.get().code());
            return false;
        } catch (AggregateStreamCreationException e) {
            // Ids derived from the triggering message: the same trigger, seen again, finds its command already done.
            log.info("{} had already been carried out", command.getClass().getSimpleName());
            return true;
        }
    }
}
