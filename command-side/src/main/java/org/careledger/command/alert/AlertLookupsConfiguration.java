package org.careledger.command.alert;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The alert lookups must be written in the transaction of the command whose events they follow:
 * otherwise two raises could both find no open alert, or a raise could miss a discharge that was
 * already stored. A subscribing processor gives exactly that. It is configured here, next to the
 * handlers, and not in application.yml, because it is a correctness requirement of this feature and
 * not a deployment choice.
 *
 * <p>A subscribing processor sees only events published while it runs, in this process: the tables
 * fill as patients are registered, cared for and discharged from the start of the system. A patient
 * recorded before this feature existed is unknown to alerts until the tables are filled from the
 * event store.
 */
@Configuration
class AlertLookupsConfiguration {
    static final String PROCESSING_GROUP = "alert-lookups";

    @Autowired
    void runInTheCommandTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(PROCESSING_GROUP);
        // A failing lookup update must fail the command, never be logged and skipped.
        processing.registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
