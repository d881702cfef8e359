package org.careledger.api.audit;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/**
 * Someone asked to read part of a patient's record (or the organization's event record); stored before the read is
 * answered, so no read happens without this trace. {@code subjectType} and {@code subjectId} name what was asked for
 * ({@code Patient}, {@code Alert}, {@code Appointment} or {@code EventRecord}); {@code patientId} is set when the
 * request named the patient itself. {@code reason} is the caller's stated purpose, free text and possibly PHI.
 */
@Revision("1")
public record PatientRecordAccessed(
        PatientId patientId,
        String subjectType,
        UUID subjectId,
        String resource,
        String query,
        OrganizationId organizationId,
        UserId accessedBy,
        Role role,
        String reason,
        String clientIp) {

    @Override
    public String toString() {
        return "PatientRecordAccessed[patientId=" + patientId + ", subjectType=" + subjectType + ", subjectId="
                + subjectId + ", resource=" + resource + ", organizationId=" + organizationId + ", accessedBy="
                + accessedBy + ", role=" + role + ", reason=" + (reason == null ? null : "***") + "]";
    }
}
