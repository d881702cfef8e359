package org.careledger.saga.rules;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.ReplayToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Where the alert rules start reading the event stream. */
@Configuration
class AlertRulesProcessing {

    /**
     * A new alert-rules processor reads the whole history as a replay: the patient-organization lookup
     * learns every patient, while the {@code @DisallowReplay} rules stay silent until they reach events
     * that were new when the processor started. This is what Axon's pooled streaming processor does
     * by default; it is spelled out because a tracking processor's default (the tail, not as a replay)
     * would raise an alert for every old reading on the first start.
     */
    @Autowired
    void readHistoryAsReplay(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessorConfiguration(AlertRules.PROCESSING_GROUP,
                (configuration, builder) -> builder.initialToken(
                        source -> ReplayToken.createReplayToken(source.createHeadToken())));
    }
}
