package org.careledger.query.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.patient.PatientEvents.CLINICIAN;
import static org.careledger.query.patient.PatientEvents.NURSE;
import static org.careledger.query.patient.PatientEvents.ORGANIZATION;
import static org.careledger.query.patient.PatientEvents.OTHER_ORGANIZATION;
import static org.careledger.query.patient.PatientEvents.REGISTRAR;
import static org.careledger.query.patient.PatientEvents.T0;
import static org.careledger.query.patient.PatientEvents.assigned;
import static org.careledger.query.patient.PatientEvents.patientUser;
import static org.careledger.query.patient.PatientEvents.registered;
import static org.careledger.query.patient.PatientEvents.removed;
import static org.careledger.query.patient.PatientEvents.staff;
import static org.careledger.query.patient.PatientEvents.vitals;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.patient.FindPatientById;
import org.careledger.api.patient.FindVitalSigns;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientSummary;
import org.careledger.api.patient.VitalSignsPage;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees which patient, asked through a real Axon query bus with the response types the controller uses. */
@ProjectionTest
class PatientQueriesTest {
    private static final PatientId ON_NURSES_TEAM = PatientId.of("9a1f3c2b-0000-4000-8000-000000000001");
    private static final PatientId OFF_NURSES_TEAM = PatientId.of("9a1f3c2b-0000-4000-8000-000000000002");
    private static final PatientId ELSEWHERE = PatientId.of("9a1f3c2b-0000-4000-8000-000000000003");
    private static final UserId OTHER_NURSE = UserId.of("9a1f3c2b-0000-4000-8000-0000000000b1");

    @Autowired PatientSummaryProjection summaries;
    @Autowired VitalSignsProjection vitalSigns;
    @Autowired PatientQueries handlers;
    private QueryGateway queries;

    @BeforeEach
    void givenTwoPatientsHereAndOneInAnotherOrganization() {
        summaries.reset();
        vitalSigns.reset();
        var bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(handlers).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();

        summaries.on(registered(ON_NURSES_TEAM, ORGANIZATION, "MRN100001", "Grace", "Hopper"), 0, T0);
        summaries.on(assigned(ON_NURSES_TEAM, NURSE, Role.NURSE), 1, T0);
        summaries.on(registered(OFF_NURSES_TEAM, ORGANIZATION, "MRN100002", "Alan", "Turing"), 0, T0);
        summaries.on(assigned(OFF_NURSES_TEAM, OTHER_NURSE, Role.NURSE), 1, T0);
        summaries.on(registered(ELSEWHERE, OTHER_ORGANIZATION, "MRN100003", "Edsger", "Dijkstra"), 0, T0);
        vitalSigns.on(vitals(ON_NURSES_TEAM, 2, News2Risk.LOW, T0), 2, T0);
    }

    @Test
    void adminsAndAuditorsSeeEveryPatientOfTheirOrganization() {
        for (Role role : new Role[] {Role.ADMIN, Role.AUDITOR}) {
            assertThat(find(ON_NURSES_TEAM, staff(role, REGISTRAR))).isPresent();
            assertThat(find(OFF_NURSES_TEAM, staff(role, REGISTRAR))).isPresent();
        }
    }

    @Test
    void aNurseOnTheCareTeamSeesThePatient() {
        assertThat(find(ON_NURSES_TEAM, staff(Role.NURSE, NURSE))).get()
                .extracting(PatientSummary::familyName).isEqualTo("Hopper");
        assertThat(vitalSigns(ON_NURSES_TEAM, staff(Role.NURSE, NURSE))).get()
                .extracting(VitalSignsPage::totalItems).isEqualTo(1L);
    }

    @Test
    void aNurseOffTheCareTeamSeesNothingAsIfThePatientDidNotExist() {
        assertThat(find(OFF_NURSES_TEAM, staff(Role.NURSE, NURSE))).isEmpty();
        assertThat(vitalSigns(OFF_NURSES_TEAM, staff(Role.NURSE, NURSE))).isEmpty();
        assertThat(find(PatientId.newId(), staff(Role.NURSE, NURSE))).isEmpty();
    }

    @Test
    void aClinicianRemovedFromTheCareTeamLosesAccess() {
        summaries.on(assigned(ON_NURSES_TEAM, CLINICIAN, Role.CLINICIAN), 3, T0);
        assertThat(find(ON_NURSES_TEAM, staff(Role.CLINICIAN, CLINICIAN))).isPresent();

        summaries.on(removed(ON_NURSES_TEAM, CLINICIAN), 4);

        assertThat(find(ON_NURSES_TEAM, staff(Role.CLINICIAN, CLINICIAN))).isEmpty();
    }

    @Test
    void theCareTeamStillSeesADischargedPatient() {
        summaries.on(new PatientDischarged(ON_NURSES_TEAM, REGISTRAR), 3, T0);

        assertThat(find(ON_NURSES_TEAM, staff(Role.NURSE, NURSE))).isPresent();
    }

    @Test
    void nothingCrossesOrganizations() {
        Actor otherAdmin = Actor.staff(REGISTRAR, Role.ADMIN, OTHER_ORGANIZATION);
        Actor nurseElsewhere = Actor.staff(NURSE, Role.NURSE, OTHER_ORGANIZATION);

        assertThat(find(ON_NURSES_TEAM, otherAdmin)).isEmpty();
        assertThat(find(ON_NURSES_TEAM, nurseElsewhere)).isEmpty();
        assertThat(vitalSigns(ON_NURSES_TEAM, otherAdmin)).isEmpty();
        assertThat(find(ELSEWHERE, staff(Role.ADMIN, REGISTRAR))).isEmpty();
    }

    @Test
    void aPatientSeesOnlyTheirOwnRecord() {
        Actor grace = patientUser(ON_NURSES_TEAM);

        assertThat(find(ON_NURSES_TEAM, grace)).isPresent();
        assertThat(vitalSigns(ON_NURSES_TEAM, grace)).isPresent();
        assertThat(find(OFF_NURSES_TEAM, grace)).isEmpty();
        assertThat(vitalSigns(OFF_NURSES_TEAM, grace)).isEmpty();
    }

    @Test
    void aDeviceSeesNoPatient() {
        Actor device = staff(Role.DEVICE, UserId.of("9a1f3c2b-0000-4000-8000-0000000000d1"));

        assertThat(find(ON_NURSES_TEAM, device)).isEmpty();
        assertThat(vitalSigns(ON_NURSES_TEAM, device)).isEmpty();
    }

    private Optional<PatientSummary> find(PatientId patient, Actor viewer) {
        return queries.query(new FindPatientById(patient, viewer), ResponseTypes.optionalInstanceOf(PatientSummary.class))
                .join();
    }

    private Optional<VitalSignsPage> vitalSigns(PatientId patient, Actor viewer) {
        return queries.query(new FindVitalSigns(patient, null, null, 0, 20, viewer),
                        ResponseTypes.optionalInstanceOf(VitalSignsPage.class))
                .join();
    }
}
