package org.careledger.query.analytics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import org.careledger.query.TestDatabase;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * An analytics test: the projections and the query handler on a fresh PostgreSQL database migrated by the real
 * Flyway scripts, with the clock at 10 March 2025, noon UTC; no Axon configuration, so tests deliver events through
 * Axon's handler adapters themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = AnalyticsTest.Configuration.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        // one of several cached test contexts on a PostgreSQL server shared with other test runs: a small pool
        properties = "spring.datasource.hikari.maximum-pool-size=2")
@ContextConfiguration(initializers = TestDatabase.class)
@interface AnalyticsTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        TransactionAutoConfiguration.class
    })
    @EnableConfigurationProperties(AnalyticsProperties.class)
    @Import({PatientActivityProjection.class, AlertActivityProjection.class, AppointmentActivityProjection.class,
        AnalyticsQueries.class, AnalyticsTables.class})
    class Configuration {
        @Bean
        Clock clock() {
            return AnalyticsScenario.clock();
        }
    }
}
