package org.careledger.api.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organization's daily figures, one entry per day of the range. */
public record OrganizationActivity(
        UUID organizationId, LocalDate from, LocalDate to, String zone, List<OrganizationDay> days) {}
