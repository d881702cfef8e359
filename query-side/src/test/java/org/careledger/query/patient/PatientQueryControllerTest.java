package org.careledger.query.patient;

import org.careledger.query.WebTestSetup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.patient.CareTeamEntry;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.patient.FindPatientById;
import org.careledger.api.patient.FindVitalSigns;
import org.careledger.api.patient.LatestNews2;
import org.careledger.api.patient.News2Risk;
import org.careledger.api.patient.PatientPage;
import org.careledger.api.patient.PatientSortField;
import org.careledger.api.patient.PatientStatus;
import org.careledger.api.patient.PatientSummary;
import org.careledger.api.patient.SearchPatients;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.VitalSignsPage;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MockMvc;

class PatientQueryControllerTest {
    private static final UUID PATIENT = UUID.fromString("e2b7a9c4-0000-4000-8000-000000000001");
    private static final Actor VIEWER = PatientEvents.staff(Role.NURSE, PatientEvents.NURSE);
    private static final Instant T0 = PatientEvents.T0;
    private static final PatientSummary SUMMARY = new PatientSummary(PATIENT, "MRN600001", "Grace", "Hopper",
            LocalDate.of(1950, 4, 12), Sex.FEMALE, null, "+447700900123", null, PatientStatus.ACTIVE, T0, null, null,
            List.of(new CareTeamEntry(PatientEvents.NURSE.value(), Role.NURSE, CareTeamRole.PRIMARY, T0)),
            new LatestNews2(5, News2Risk.MEDIUM, true, T0), 7);

    private final StubQueries stub = new StubQueries();
    private MockMvc mvc;

    @BeforeEach
    void givenTheControllerBehindARealQueryBus() {
        var bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(stub).subscribe(bus);
        var controller = new PatientQueryController(DefaultQueryGateway.builder().queryBus(bus).build());
        mvc = WebTestSetup.mvc(controller, VIEWER);
    }

    @Test
    void aPatientIsReturnedWithItsVersionAsAStrongETag() throws Exception {
        stub.summary = SUMMARY;

        mvc.perform(get("/api/v1/patients/{id}", PATIENT))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"7\""))
                .andExpect(jsonPath("$.patientId").value(PATIENT.toString()))
                .andExpect(jsonPath("$.registeredAt").value("2025-03-01T08:00:00Z"))
                .andExpect(jsonPath("$.birthDate").value("1950-04-12"))
                .andExpect(jsonPath("$.careTeam[0].teamRole").value("PRIMARY"))
                .andExpect(jsonPath("$.latestNews2.risk").value("MEDIUM"));
        assertThat(stub.last).isEqualTo(new FindPatientById(new PatientId(PATIENT), VIEWER));
    }

    @Test
    void aMatchingIfNoneMatchIsAnsweredWith304() throws Exception {
        stub.summary = SUMMARY;

        mvc.perform(get("/api/v1/patients/{id}", PATIENT).header("If-None-Match", "\"7\""))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"7\""));
        mvc.perform(get("/api/v1/patients/{id}", PATIENT).header("If-None-Match", "\"6\"")).andExpect(status().isOk());
    }

    @Test
    void anAbsentOrHiddenPatientIsNotFoundEvenWithIfNoneMatch() throws Exception {
        mvc.perform(get("/api/v1/patients/{id}", PATIENT)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patients/{id}", PATIENT).header("If-None-Match", "*")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patients/{id}/vital-signs", PATIENT)).andExpect(status().isNotFound());
    }

    @Test
    void searchReadsItsParameters() throws Exception {
        stub.page = new PatientPage(List.of(), 2, 50, 0, 0);

        mvc.perform(get("/api/v1/patients?q=hop&status=Discharged&page=2&size=50&sort=latestNews2&direction=DESC"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(50));
        assertThat(stub.last).isEqualTo(
                new SearchPatients("hop", PatientStatus.DISCHARGED, 2, 50, PatientSortField.LATEST_NEWS2, false, VIEWER));
    }

    @Test
    void searchDefaultsToTheFirstTwentyByFamilyName() throws Exception {
        stub.page = new PatientPage(List.of(), 0, 20, 0, 0);

        mvc.perform(get("/api/v1/patients")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        assertThat(stub.last)
                .isEqualTo(new SearchPatients(null, null, 0, 20, PatientSortField.FAMILY_NAME, true, VIEWER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=500", "page=-1", "page=first", "sort=birthDate", "status=erased",
        "direction=sideways"})
    void aBadSearchParameterIs400(String parameter) throws Exception {
        mvc.perform(get("/api/v1/patients?" + parameter)).andExpect(status().isBadRequest());
        assertThat(stub.last).isNull();
    }

    @Test
    void vitalSignsReadTheirRange() throws Exception {
        stub.vitals = new VitalSignsPage(PATIENT, List.of(), 1, 10, 0, 0);

        mvc.perform(get("/api/v1/patients/{id}/vital-signs?from=2025-03-01T08:00:00Z&to=2025-03-02T08:00:00Z"
                        + "&page=1&size=10", PATIENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patientId").value(PATIENT.toString()));
        assertThat(stub.last).isEqualTo(new FindVitalSigns(new PatientId(PATIENT), T0,
                T0.plusSeconds(86400), 1, 10, VIEWER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z", "from=yesterday",
        "to=2025-03-01", "size=101", "size=0"})
    void aBadVitalSignsParameterIs400(String parameter) throws Exception {
        mvc.perform(get("/api/v1/patients/{id}/vital-signs?" + parameter, PATIENT))
                .andExpect(status().isBadRequest());
        assertThat(stub.last).isNull();
    }

    @Test
    void aMalformedPatientIdIs400() throws Exception {
        mvc.perform(get("/api/v1/patients/not-a-uuid")).andExpect(status().isBadRequest());
    }

    static class StubQueries {
        Object last;
        PatientSummary summary;
        PatientPage page;
        VitalSignsPage vitals;

        @QueryHandler
        PatientSummary handle(FindPatientById query) {
            last = query;
            return summary;
        }

        @QueryHandler
        PatientPage handle(SearchPatients query) {
            last = query;
            return page;
        }

        @QueryHandler
        VitalSignsPage handle(FindVitalSigns query) {
            last = query;
            return vitals;
        }
    }
}
