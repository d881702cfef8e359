package org.careledger.query.alert;

import java.time.Instant;
import java.util.UUID;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/** Synthetic alerts, patients and staff for the alert projection tests; every value is made up. */
final class AlertEvents {
    static final OrganizationId ORGANIZATION = OrganizationId.of("a1e7c0de-0000-4000-8000-000000000001");
    static final OrganizationId OTHER_ORGANIZATION = OrganizationId.of("a1e7c0de-0000-4000-8000-000000000002");
    static final PatientId PATIENT = patientId(1);
    static final UserId ADMIN = UserId.of("a1e7c0de-0000-4000-8000-0000000000a1");
    static final UserId NURSE = UserId.of("a1e7c0de-0000-4000-8000-0000000000a2");
    static final UserId CLINICIAN = UserId.of("a1e7c0de-0000-4000-8000-0000000000a3");
    static final UserId OTHER_NURSE = UserId.of("a1e7c0de-0000-4000-8000-0000000000a4");
    static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z"); // a Monday

    private AlertEvents() {}

    static AlertRaised raised(AlertId alert, PatientId patient, Severity severity) {
        return raised(alert, patient, ORGANIZATION, severity);
    }

    static AlertRaised raised(AlertId alert, PatientId patient, OrganizationId organization, Severity severity) {
        return new AlertRaised(alert, patient, organization, AlertType.NEWS2, severity, "NEWS2 7: emergency response",
                null);
    }

    static AlertEscalated escalated(AlertId alert, int level) {
        return new AlertEscalated(alert, level, EscalationReason.ACK_TIMEOUT, null);
    }

    static AlertAcknowledged acknowledged(AlertId alert) {
        return new AlertAcknowledged(alert, NURSE);
    }

    static AlertResolved resolved(AlertId alert) {
        return new AlertResolved(alert, "reviewed at home visit", CLINICIAN);
    }

    static AlertCancelled cancelled(AlertId alert) {
        return new AlertCancelled(alert, "raised in error", CLINICIAN);
    }

    static CareTeamMemberAssigned assigned(PatientId patient, UserId member, Role role) {
        return new CareTeamMemberAssigned(patient, member, role, CareTeamRole.MEMBER, ADMIN);
    }

    static CareTeamMemberRemoved removed(PatientId patient, UserId member) {
        return new CareTeamMemberRemoved(patient, member, ADMIN);
    }

    static Actor staff(Role role, UserId user) {
        return Actor.staff(user, role, ORGANIZATION);
    }

    static Actor patientUser(PatientId patient) {
        return new Actor(new UserId(UUID.nameUUIDFromBytes(patient.toString().getBytes())), Role.PATIENT, ORGANIZATION,
                patient);
    }

    static AlertId alertId(int n) {
        return AlertId.of(String.format("a1e7c0de-0000-4000-8000-1%011d", n));
    }

    static PatientId patientId(int n) {
        return PatientId.of(String.format("a1e7c0de-0000-4000-8000-2%011d", n));
    }
}
