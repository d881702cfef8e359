package org.careledger.saga.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.ContactDetailsUpdated;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notification process's own read model: which organization each patient belongs to and how the record says to
 * reach them (PHI, for appointment reminders), who is on each patient's care team, and the alerts it may have to notify about again when they escalate. Built only from events, so it may
 * be dropped and rebuilt; every handler is idempotent because events arrive at least once.
 */
@Component
@ProcessingGroup(NotificationDirectory.PROCESSING_GROUP)
class NotificationDirectory implements CareTeams {
    static final String PROCESSING_GROUP = "notification-directory";
    private static final int SUMMARY_LENGTH = 1000;

    private final JdbcTemplate jdbc;

    NotificationDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered event) {
        ContactDetails contact = event.contactDetails() == null ? ContactDetails.none() : event.contactDetails();
        jdbc.update("INSERT INTO notification_patient (patient_id, organization_id, email, phone) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                event.patientId().value(), event.organizationId().value(), contact.email(), contact.phone());
    }

    /** The record's contact details, where a patient without a user account is reminded of appointments. */
    @EventHandler
    void on(ContactDetailsUpdated event) {
        ContactDetails contact = event.contactDetails() == null ? ContactDetails.none() : event.contactDetails();
        jdbc.update("UPDATE notification_patient SET email = ?, phone = ? WHERE patient_id = ?",
                contact.email(), contact.phone(), event.patientId().value());
    }

    @EventHandler
    void on(CareTeamMemberAssigned event) {
        jdbc.update("INSERT INTO notification_care_team (patient_id, member_id, member_role) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                event.patientId().value(), event.memberId().value(), event.memberRole().name());
    }

    @EventHandler
    void on(CareTeamMemberRemoved event) {
        jdbc.update("DELETE FROM notification_care_team WHERE patient_id = ? AND member_id = ?",
                event.patientId().value(), event.memberId().value());
    }

    @EventHandler
    void on(AlertRaised event) {
        jdbc.update("INSERT INTO notification_alert (alert_id, patient_id, organization_id, severity, summary) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.alertId().value(), event.patientId().value(), event.organizationId().value(),
                event.severity().name(), clip(event.summary()));
    }

    /** A recurrence may be more severe: an escalation later tells people what the alert is now. */
    @EventHandler
    void on(AlertRecurred event) {
        jdbc.update("UPDATE notification_alert SET severity = ?, summary = ? WHERE alert_id = ?",
                event.severity().name(), clip(event.summary()), event.alertId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM notification_alert");
        jdbc.update("DELETE FROM notification_care_team");
        jdbc.update("DELETE FROM notification_patient");
    }

    @Override
    public List<UserId> currentCareGivers(PatientId patientId) {
        return jdbc.query("SELECT member_id FROM notification_care_team WHERE patient_id = ? "
                        + "AND member_role IN ('NURSE', 'CLINICIAN') ORDER BY member_id",
                (row, i) -> new UserId(row.getObject(1, UUID.class)), patientId.value());
    }

    Optional<OrganizationId> organizationOf(PatientId patientId) {
        return jdbc.query("SELECT organization_id FROM notification_patient WHERE patient_id = ?",
                        (row, i) -> new OrganizationId(row.getObject(1, UUID.class)), patientId.value())
                .stream().findFirst();
    }

    /** The e-mail address and phone number on the patient's record (PHI), as far as the record has them. */
    Optional<ContactDetails> patientContact(PatientId patientId) {
        return jdbc.query("SELECT email, phone FROM notification_patient WHERE patient_id = ?",
                (row, i) -> new ContactDetails(row.getString(1), row.getString(2), null), patientId.value())
                .stream().findFirst();
    }

    Optional<AlertContext> alert(AlertId alertId) {
        return jdbc.query("SELECT alert_id, patient_id, organization_id, severity, summary FROM notification_alert "
                + "WHERE alert_id = ?", NotificationDirectory::alertContext, alertId.value()).stream().findFirst();
    }

    private static AlertContext alertContext(ResultSet row, int index) throws SQLException {
        return new AlertContext(new AlertId(row.getObject(1, UUID.class)), new PatientId(row.getObject(2, UUID.class)),
                new OrganizationId(row.getObject(3, UUID.class)), Severity.valueOf(row.getString(4)), row.getString(5));
    }

    private static String clip(String summary) {
        return summary == null || summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH);
    }
}
