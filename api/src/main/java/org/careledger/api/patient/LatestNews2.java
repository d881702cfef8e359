package org.careledger.api.patient;

import java.time.Instant;

/** The NEWS2 score of a patient's most recently observed vital signs; {@code complete} false means parameters were missing. */
public record LatestNews2(int total, News2Risk risk, boolean complete, Instant observedAt) {}
