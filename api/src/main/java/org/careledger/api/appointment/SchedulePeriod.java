package org.careledger.api.appointment;

import java.time.Instant;

/** A stretch of a clinician's working time on one day, as instants. */
public record SchedulePeriod(Instant start, Instant end) {}
