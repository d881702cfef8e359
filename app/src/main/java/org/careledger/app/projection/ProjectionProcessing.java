package org.careledger.app.projection;

import java.util.List;
import java.util.concurrent.Executors;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfigurer;
import org.careledger.query.ProjectionTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The projection processors' throughput settings ({@link ProjectionProperties}), applied by name to every processing
 * group that declares its tables with a {@link ProjectionTables} bean. Processors with side effects (rules,
 * notifications, sagas) keep Axon's settings and their own customizations untouched.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessing {

    @Autowired
    void tuneProjectionProcessors(EventProcessingConfigurer processing, List<ProjectionTables> projections,
            ProjectionProperties properties) {
        projections.stream().map(ProjectionTables::processingGroup).distinct().forEach(name ->
                processing.registerPooledStreamingEventProcessorConfiguration(name, (configuration, builder) ->
                        builder.batchSize(properties.batchSize())
                                .workerExecutor(processor -> {
                                    var workers = Executors.newScheduledThreadPool(properties.workerThreads(),
                                            new AxonThreadFactory("WorkPackage[" + processor + "]"));
                                    configuration.onShutdown(workers::shutdown);
                                    return workers;
                                })
                                .tokenClaimInterval(properties.tokenClaimInterval().toMillis())
                                .initialSegmentCount(properties.initialSegmentCount())));
    }
}
