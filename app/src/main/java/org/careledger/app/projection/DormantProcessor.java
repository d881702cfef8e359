package org.careledger.app.projection;

import java.util.List;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * Holds the event handlers that a replay job must not run: rules, notifications, sagas and every projection it was not
 * asked to replay. It never starts, so none of them sees an event in that process.
 */
final class DormantProcessor implements EventProcessor {
    static final String NAME = "careledger-replay-job-idle";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super EventMessage<?>> interceptor) {
        return () -> true;
    }

    @Override
    public List<MessageHandlerInterceptor<? super EventMessage<?>>> getHandlerInterceptors() {
        return List.of();
    }

    @Override
    public void start() {
        // never: the handlers it holds must not run in a replay job
    }

    @Override
    public void shutDown() {
        // nothing runs
    }

    @Override
    public boolean isRunning() {
        return false;
    }

    @Override
    public boolean isError() {
        return false;
    }
}
