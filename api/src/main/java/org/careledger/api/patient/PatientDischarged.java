package org.careledger.api.patient;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/**
 * The patient's monitoring ended, for {@code reason}; from here on the record is read-only. Revision 2 added the
 * reason: revision-1 events are read with {@link DischargeReason#NOT_RECORDED}.
 */
@Revision("2")
public record PatientDischarged(PatientId patientId, UserId dischargedBy, DischargeReason reason) {
    public PatientDischarged {
        Objects.requireNonNull(reason, "reason"); // revision 1 gets its reason from the upcaster
    }

    /** A discharge whose reason nobody gave. */
    public PatientDischarged(PatientId patientId, UserId dischargedBy) {
        this(patientId, dischargedBy, DischargeReason.NOT_RECORDED);
    }
}
