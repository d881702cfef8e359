package org.careledger.command.appointment;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The appointment lookups must be written in the transaction of the command whose events they follow: otherwise two
 * bookings of one slot could both find it free. A subscribing processor gives exactly that; it is configured here,
 * next to the handlers, because it is a correctness requirement of this feature and not a deployment choice.
 *
 * <p>A subscribing processor sees only events published while it runs, in this process. Patients registered before
 * the feature existed were copied from the alert lookups by the V10 migration.
 */
@Configuration
class AppointmentLookupsConfiguration {
    static final String PROCESSING_GROUP = "appointment-lookups";

    @Autowired
    void runInTheCommandTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(PROCESSING_GROUP);
        // A failing lookup update must fail the command, never be logged and skipped.
        processing.registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
