package org.careledger.query.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careledger.query.patient.PatientEvents.NURSE;
import static org.careledger.query.patient.PatientEvents.ORGANIZATION;
import static org.careledger.query.patient.PatientEvents.OTHER_ORGANIZATION;
import static org.careledger.query.patient.PatientEvents.REGISTRAR;
import static org.careledger.query.patient.PatientEvents.T0;
import static org.careledger.query.patient.PatientEvents.assigned;
import static org.careledger.query.patient.PatientEvents.patientUser;
import static org.careledger.query.patient.PatientEvents.registered;
import static org.careledger.query.patient.PatientEvents.staff;
import static org.careledger.query.patient.PatientEvents.vitals;

import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientListItem;
import org.careledger.api.patient.PatientPage;
import org.careledger.api.patient.PatientSortField;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.patient.SearchPatients;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProjectionTest
class PatientSearchTest {
    private static final PatientId HOPPER = PatientId.of("7c3e5d1a-0000-4000-8000-000000000001");
    private static final PatientId HOPKINS = PatientId.of("7c3e5d1a-0000-4000-8000-000000000002");
    private static final PatientId TURING = PatientId.of("7c3e5d1a-0000-4000-8000-000000000003");
    private static final PatientId HOPPER_ELSEWHERE = PatientId.of("7c3e5d1a-0000-4000-8000-000000000004");
    private static final Actor ADMIN = staff(Role.ADMIN, REGISTRAR);

    @Autowired PatientSummaryProjection projection;
    @Autowired PatientQueries queries;

    @BeforeEach
    void givenThreePatientsHereAndOneElsewhere() {
        projection.reset();
        projection.on(registered(HOPPER, ORGANIZATION, "MRN200001", "Grace", "Hopper"), 0, T0);
        projection.on(vitals(HOPPER, 5, News2Risk.MEDIUM, T0), 1);
        projection.on(assigned(HOPPER, NURSE, Role.NURSE), 2, T0);
        projection.on(registered(HOPKINS, ORGANIZATION, "MRN200002", "Anne", "hopkins"), 0, T0.plusSeconds(3600));
        projection.on(registered(TURING, ORGANIZATION, "MRN300003", "Alan", "Turing"), 0, T0.plusSeconds(7200));
        projection.on(vitals(TURING, 7, News2Risk.HIGH, T0), 1);
        projection.on(new PatientDischarged(TURING, REGISTRAR), 2, T0.plusSeconds(9000));
        projection.on(registered(HOPPER_ELSEWHERE, OTHER_ORGANIZATION, "MRN200001", "Grace", "Hopper"), 0, T0);
    }

    @Test
    void textMatchesTheStartOfTheFamilyNameIgnoringCase() {
        assertThat(familyNames(search("HOP"))).containsExactly("hopkins", "Hopper");
    }

    @Test
    void textMatchesTheStartOfTheGivenNameOrTheMrn() {
        assertThat(familyNames(search("gra"))).containsExactly("Hopper");
        assertThat(familyNames(search("mrn3"))).containsExactly("Turing");
    }

    @Test
    void textInsideANameDoesNotMatchBecauseSearchIsByPrefix() {
        assertThat(search("opper").items()).isEmpty();
    }

    @Test
    void likeWildcardsInTheTextAreTakenLiterally() {
        assertThat(search("%").items()).isEmpty();
        assertThat(search("_op").items()).isEmpty();
    }

    @Test
    void statusNarrowsTheSearch() {
        var discharged = new SearchPatients(null, PatientStatus.DISCHARGED, 0, 20, PatientSortField.MRN, true, ADMIN);

        assertThat(familyNames(queries.handle(discharged))).containsExactly("Turing");
    }

    @Test
    void pagesSplitTheResultAndReportTotals() {
        PatientPage first = queries.handle(sorted(PatientSortField.FAMILY_NAME, true, 0, 2));
        PatientPage second = queries.handle(sorted(PatientSortField.FAMILY_NAME, true, 1, 2));
        PatientPage beyond = queries.handle(sorted(PatientSortField.FAMILY_NAME, true, 5, 2));

        assertThat(familyNames(first)).containsExactly("hopkins", "Hopper");
        assertThat(familyNames(second)).containsExactly("Turing");
        assertThat(beyond.items()).isEmpty();
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void resultsSortByEachFieldInEitherDirection() {
        assertThat(familyNames(queries.handle(sorted(PatientSortField.FAMILY_NAME, false, 0, 20))))
                .containsExactly("Turing", "Hopper", "hopkins");
        assertThat(familyNames(queries.handle(sorted(PatientSortField.MRN, false, 0, 20))))
                .containsExactly("Turing", "hopkins", "Hopper");
        assertThat(familyNames(queries.handle(sorted(PatientSortField.REGISTERED_AT, true, 0, 20))))
                .containsExactly("Hopper", "hopkins", "Turing");
    }

    @Test
    void patientsWithoutVitalSignsComeLastWhenSortedByNews2EitherWay() {
        assertThat(familyNames(queries.handle(sorted(PatientSortField.LATEST_NEWS2, false, 0, 20))))
                .containsExactly("Turing", "Hopper", "hopkins");
        assertThat(familyNames(queries.handle(sorted(PatientSortField.LATEST_NEWS2, true, 0, 20))))
                .containsExactly("Hopper", "Turing", "hopkins");
    }

    @Test
    void listItemsCarryTheLatestNews2() {
        PatientListItem turing = queries.handle(sorted(PatientSortField.LATEST_NEWS2, false, 0, 1)).items().get(0);

        assertThat(turing.latestNews2Total()).isEqualTo(7);
        assertThat(turing.latestNews2Risk()).isEqualTo(News2Risk.HIGH);
        assertThat(turing.status()).isEqualTo(PatientStatus.DISCHARGED);
        assertThat(turing.version()).isEqualTo(2);
    }

    @Test
    void searchOnlyReturnsPatientsTheViewerMaySee() {
        var device = staff(Role.DEVICE, UserId.of("7c3e5d1a-0000-4000-8000-0000000000d1"));

        assertThat(familyNames(search("", staff(Role.NURSE, NURSE)))).containsExactly("Hopper");
        assertThat(familyNames(search("", patientUser(HOPKINS)))).containsExactly("hopkins");
        assertThat(search("", device).totalItems()).isZero();
        assertThat(search("Hopper", Actor.staff(REGISTRAR, Role.ADMIN, OTHER_ORGANIZATION)).items())
                .extracting(PatientListItem::patientId).containsExactly(HOPPER_ELSEWHERE.value());
    }

    private PatientPage search(String text) {
        return search(text, ADMIN);
    }

    private PatientPage search(String text, Actor viewer) {
        return queries.handle(new SearchPatients(text, null, 0, 20, PatientSortField.FAMILY_NAME, true, viewer));
    }

    private static SearchPatients sorted(PatientSortField field, boolean ascending, int page, int size) {
        return new SearchPatients(null, null, page, size, field, ascending, ADMIN);
    }

    private static Iterable<String> familyNames(PatientPage page) {
        return page.items().stream().map(PatientListItem::familyName).toList();
    }
}
