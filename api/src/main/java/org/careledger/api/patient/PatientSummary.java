package org.careledger.api.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One patient's record as the read side knows it (PHI): who they are, how to reach them, their current care team and
 * latest NEWS2 ({@code null} before any vital signs); {@code version} is the sequence number of the last event applied.
 */
public record PatientSummary(
        UUID patientId,
        String mrn,
        String givenName,
        String familyName,
        LocalDate birthDate,
        Sex sex,
        String email,
        String phone,
        String address,
        PatientStatus status,
        Instant registeredAt,
        Instant dischargedAt,
        Instant lastCheckInAt,
        List<CareTeamEntry> careTeam,
        LatestNews2 latestNews2,
        long version) {

    public PatientSummary {
        careTeam = careTeam == null ? List.of() : List.copyOf(careTeam);
    }

    @Override
    public String toString() {
        return "PatientSummary[patientId=" + patientId + ", status=" + status + ", version=" + version + ", ***]";
    }
}
