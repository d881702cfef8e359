package org.careledger.bench.generator;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Benchmark only: stops every streaming event processor (projections, sagas, rules, notifications) except those named
 * in {@code careledger.bench.run-processors} as soon as the application has started them. Subscribing processors (the
 * command side's lookups, kept in the command's own transaction) are not streaming and always run.
 *
 * <p>The generator runs with none of them, so it measures and pays only for the command side; the data-set phases run
 * only the projections they rebuild and query, so a saga working through a million generated events does not share
 * the two cores with the figures being measured. A stopped processor keeps its token: it is behind, not broken.
 */
@Component
@ConditionalOnProperty(name = "careledger.bench.run-processors")
class ProcessorHold {
    private static final Logger log = LoggerFactory.getLogger(ProcessorHold.class);

    private final EventProcessingConfiguration processing;
    private final Set<String> allowed;

    ProcessorHold(EventProcessingConfiguration processing, @Value("${careledger.bench.run-processors}") String allowed) {
        this.processing = processing;
        this.allowed = Arrays.stream(allowed.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }

    @EventListener(ContextRefreshedEvent.class)
    void holdTheOthers() {
        Set<String> held = new TreeSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor && !allowed.contains(name)) {
                processor.shutDown();
                held.add(name);
            }
        });
        log.info("benchmark: streaming processors held back: {}; running: {}", held, new TreeSet<>(allowed));
    }
}
