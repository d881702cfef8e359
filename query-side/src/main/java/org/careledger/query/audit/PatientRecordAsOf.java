package org.careledger.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.shared.Role;

/**
 * A patient's record as it stood at {@code asOf}, rebuilt from the events recorded up to then: {@code version} is the
 * patient stream's sequence number at that instant, {@code lastEventAt} the time of the latest event folded in.
 */
record PatientRecordAsOf(
        UUID patientId,
        Instant asOf,
        long version,
        Instant lastEventAt,
        UUID organizationId,
        Mrn mrn,
        Demographics demographics,
        ContactDetails contactDetails,
        PatientStatus status,
        Instant registeredAt,
        Instant dischargedAt,
        List<CareTeamMember> careTeam,
        LatestVitals latestVitals,
        Instant lastCheckInAt,
        List<OpenAlert> openAlerts,
        List<Appointment> appointments) {

    record CareTeamMember(UUID memberId, Role memberRole, CareTeamRole teamRole, Instant assignedAt) {}

    record LatestVitals(VitalSigns vitalSigns, News2Score news2, Instant observedAt, Instant recordedAt) {}

    record OpenAlert(UUID alertId, AlertType type, Severity severity, AlertStatus status, int level, String summary,
            Instant raisedAt) {
        @Override
        public String toString() {
            return "OpenAlert[alertId=" + alertId + ", type=" + type + ", severity=" + severity + ", status=" + status
                    + ", level=" + level + ", summary=***]";
        }
    }

    record Appointment(UUID appointmentId, AppointmentStatus status, AppointmentType type, UUID clinicianId,
            Instant start, int durationMinutes) {}

    @Override
    public String toString() {
        return "PatientRecordAsOf[patientId=" + patientId + ", asOf=" + asOf + ", version=" + version + ", status="
                + status + "]";
    }
}
