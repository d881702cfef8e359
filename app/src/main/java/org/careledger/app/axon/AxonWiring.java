package org.careledger.app.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Adjusts Axon's event processors once they exist (kept apart from {@link AxonConfig}, whose beans
 * Axon's configuration is built from). Interceptor beans need no wiring here: Axon's Spring Boot
 * support registers every interceptor bean, in {@code @Order}.
 */
@Configuration
class AxonWiring {

    /**
     * Axon's default logs a failing event handler and moves on, silently leaving a projection or saga
     * without that event. Here a failure propagates: the processor backs off and retries the event
     * until it succeeds, and the failure shows in the processor status and the logs.
     */
    @Autowired
    void propagateHandlerErrors(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
        processing.registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
        processing.usingPooledStreamingEventProcessors();
    }
}
