package org.careledger.query.analytics;

import org.careledger.query.ProjectionTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processing group all analytics projections share, so one reset and replay rebuilds every daily figure
 * consistently, and the tables they write. Each projection's {@code @ResetHandler} empties its own.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsTables {
    static final String PROCESSING_GROUP = "analytics-daily";

    @Bean
    static ProjectionTables analyticsDailyTables() {
        return ProjectionTables.of(PROCESSING_GROUP, "analytics_patient", "analytics_care_team", "analytics_reading",
                "analytics_check_in", "analytics_alert", "analytics_appointment");
    }
}
