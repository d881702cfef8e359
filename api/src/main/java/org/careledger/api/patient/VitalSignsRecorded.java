package org.careledger.api.patient;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** A set of vital signs observed at {@code observedAt} entered the record, with the NEWS2 score they give. */
@Revision("1")
public record VitalSignsRecorded(
        PatientId patientId,
        VitalSigns vitalSigns,
        News2Score news2,
        VitalSignsSource source,
        Instant observedAt,
        UserId recordedBy) {}
