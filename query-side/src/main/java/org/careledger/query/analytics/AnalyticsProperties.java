package org.careledger.query.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How analytics counts days.
 *
 * @param zone the time zone whose calendar days the figures are counted in; the day of each fact is stored when the
 *     event is projected, so a change of zone takes effect for past days only after a rebuild of {@code analytics-daily}
 */
@ConfigurationProperties("careledger.analytics")
record AnalyticsProperties(@DefaultValue("UTC") ZoneId zone) {
    LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
