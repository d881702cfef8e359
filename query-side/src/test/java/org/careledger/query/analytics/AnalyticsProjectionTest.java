package org.careledger.query.analytics;

/** The analytics scenario on PostgreSQL, as the {@code postgres} and {@code axonserver} profiles run it. */
@AnalyticsTest
class AnalyticsProjectionTest extends AnalyticsScenario {}
