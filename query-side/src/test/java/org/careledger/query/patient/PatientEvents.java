package org.careledger.query.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamMemberRemoved;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.Consciousness;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.News2Score;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.VitalSigns;
import org.careledger.api.patient.VitalSignsRecorded;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/** Synthetic patients and staff for the projection tests; every value is made up. */
final class PatientEvents {
    static final OrganizationId ORGANIZATION = OrganizationId.of("0b6e1c0e-0000-4000-8000-000000000001");
    static final OrganizationId OTHER_ORGANIZATION = OrganizationId.of("0b6e1c0e-0000-4000-8000-000000000002");
    static final UserId REGISTRAR = UserId.of("0b6e1c0e-0000-4000-8000-0000000000a1");
    static final UserId NURSE = UserId.of("0b6e1c0e-0000-4000-8000-0000000000a2");
    static final UserId CLINICIAN = UserId.of("0b6e1c0e-0000-4000-8000-0000000000a3");
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private PatientEvents() {}

    static PatientRegistered registered(PatientId patient, OrganizationId organization, String mrn, String given,
            String family) {
        var demographics = new Demographics(new PersonName(given, family), LocalDate.of(1950, 4, 12), Sex.FEMALE);
        var contact = new ContactDetails("patient@example.org", "+447700900123", "1 Example Street");
        return new PatientRegistered(patient, organization, new Mrn(mrn), demographics, contact, REGISTRAR);
    }

    static CareTeamMemberAssigned assigned(PatientId patient, UserId member, Role role) {
        return new CareTeamMemberAssigned(patient, member, role, CareTeamRole.MEMBER, REGISTRAR);
    }

    static CareTeamMemberRemoved removed(PatientId patient, UserId member) {
        return new CareTeamMemberRemoved(patient, member, REGISTRAR);
    }

    static VitalSignsRecorded vitals(PatientId patient, int news2Total, News2Risk risk, Instant observedAt) {
        var signs = new VitalSigns(88, 18, 96, 128, new BigDecimal("37.2"), Consciousness.ALERT, false);
        var news2 = new News2Score(news2Total, 0, 0, 0, 0, 0, 0, 0, true, risk);
        return new VitalSignsRecorded(patient, signs, news2, VitalSignsSource.DEVICE, observedAt, REGISTRAR);
    }

    static Actor staff(Role role, UserId user) {
        return Actor.staff(user, role, ORGANIZATION);
    }

    static Actor patientUser(PatientId patient) {
        return new Actor(new UserId(UUID.nameUUIDFromBytes(patient.toString().getBytes())), Role.PATIENT, ORGANIZATION,
                patient);
    }
}
