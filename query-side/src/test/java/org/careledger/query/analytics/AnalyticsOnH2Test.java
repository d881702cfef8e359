package org.careledger.query.analytics;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The analytics scenario on H2 in PostgreSQL mode, as the zero-install default profile runs it: the same migration,
 * the same insert-if-absent writes, the same day arithmetic and the median.
 */
@SpringBootTest(
        classes = AnalyticsTest.Configuration.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:analytics;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AnalyticsOnH2Test extends AnalyticsScenario {}
