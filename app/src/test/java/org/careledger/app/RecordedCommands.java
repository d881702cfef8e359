package org.careledger.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Watches the real command gateway: every command the application dispatches passes through this interceptor on its
 * way to the bus, whichever handler (if any) takes it.
 */
@TestConfiguration(proxyBeanMethods = false)
class RecordedCommands {

    static final class Log implements MessageDispatchInterceptor<CommandMessage<?>> {
        private final List<CommandMessage<?>> dispatched = new CopyOnWriteArrayList<>();

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                dispatched.add(command);
                return command;
            };
        }

        <T> List<T> payloads(Class<T> type) {
            return dispatched.stream().map(CommandMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
        }

        List<CommandMessage<?>> messages() {
            return List.copyOf(dispatched);
        }
    }

    @Bean
    Log dispatchedCommands() {
        return new Log();
    }
}
