package org.careledger.api.appointment;

import java.time.Instant;

/** A free slot of a clinician's working hours, from {@code start} (inclusive) to {@code end} (exclusive). */
public record AvailableSlot(Instant start, Instant end) {}
