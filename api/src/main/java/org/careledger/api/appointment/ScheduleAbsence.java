package org.careledger.api.appointment;

import java.time.Instant;
import java.util.UUID;

/** A clinician's time off, from {@code from} (inclusive) to {@code to} (exclusive); the reason is staff text, not PHI. */
public record ScheduleAbsence(UUID absenceId, Instant from, Instant to, String reason) {}
