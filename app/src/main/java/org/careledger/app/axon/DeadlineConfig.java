package org.careledger.app.axon;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Persistent deadlines. Having db-scheduler's Spring Boot starter on the classpath is what makes
 * Axon configure its {@code DbSchedulerDeadlineManager} (AxonDbSchedulerAutoConfiguration) instead of
 * the in-memory SimpleDeadlineManager, whose deadlines a restart would lose. The table is
 * {@code scheduled_tasks} (Flyway V6); the settings are under {@code db-scheduler} in application.yml.
 */
@Configuration
class DeadlineConfig {

    /**
     * db-scheduler stores task data with Java serialization unless told otherwise. Reading Java-serialized
     * objects back from a table is the same class of risk that keeps XStream off the classpath, so the
     * deadline details (deadline name, scope and payload, already serialized by Axon's Jackson
     * serializer) are stored as JSON instead.
     */
    @Bean
    DbSchedulerCustomizer jsonTaskData() {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<Serializer> serializer() {
                return Optional.of(new JacksonSerializer());
            }
        };
    }
}
