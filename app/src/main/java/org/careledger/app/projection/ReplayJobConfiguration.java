package org.careledger.app.projection;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfigurer;
import org.careledger.query.ProjectionTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The replay job's Axon set-up: the requested projections get their own processors, as in the server; every other
 * processing group (the alert rules, notifications, sagas, other projections, the command side's lookups) is assigned
 * to one {@link DormantProcessor} that never starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ReplayMode.ROLES, havingValue = ReplayMode.REPLAY)
class ReplayJobConfiguration {

    @Bean
    static ReplaySelection replaySelection(@Value("${careledger.replay.projections:}") String requested,
            List<ProjectionTables> projections) {
        return new ReplaySelection(requested,
                projections.stream().map(ProjectionTables::processingGroup).collect(Collectors.toSet()));
    }

    @Autowired
    void runOnlyTheRequestedProjections(EventProcessingConfigurer processing, ReplaySelection selection) {
        processing.assignProcessingGroup(selection::processorFor);
        processing.registerEventProcessor(DormantProcessor.NAME, (name, configuration, handlers) -> new DormantProcessor());
    }

    @Bean
    ReplayJob replayJob(ReplaySelection selection, Projections projections) {
        return new ReplayJob(selection, projections);
    }
}
