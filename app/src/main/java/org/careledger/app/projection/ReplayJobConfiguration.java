package org.careledger.app.projection;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.careledger.query.ProjectionTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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

    /**
     * The deadline scheduler is off in a job, but the saga handlers (held, never run) still declare a deadline manager
     * parameter: an in-memory one satisfies them. Nothing schedules a deadline in this process.
     */
    @Bean
    @ConditionalOnMissingBean(DeadlineManager.class)
    DeadlineManager idleDeadlineManager(org.axonframework.config.Configuration configuration) {
        return SimpleDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration)).build();
    }

    @Bean
    ReplayJob replayJob(ReplaySelection selection, Projections projections) {
        return new ReplayJob(selection, projections);
    }
}
