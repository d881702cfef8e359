package org.careledger.api.patient;

import java.time.LocalDate;
import java.util.UUID;

/** One patient in a search result (PHI); the latest NEWS2 total and risk are {@code null} before any vital signs. */
public record PatientListItem(
        UUID patientId,
        String mrn,
        String givenName,
        String familyName,
        LocalDate birthDate,
        PatientStatus status,
        Integer latestNews2Total,
        News2Risk latestNews2Risk,
        long version) {

    @Override
    public String toString() {
        return "PatientListItem[patientId=" + patientId + ", status=" + status + ", version=" + version + ", ***]";
    }
}
