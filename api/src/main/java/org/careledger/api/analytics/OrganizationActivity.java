package org.careledger.api.analytics;

import java.time.LocalDate;
import java.util.List;
import org.careledger.api.shared.OrganizationId;

/** An organization's daily figures, one entry per day of the range. */
public record OrganizationActivity(
        OrganizationId organizationId, LocalDate from, LocalDate to, String zone, List<OrganizationDay> days) {}
