package org.careledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.gateway.DefaultEventGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.careledger.api.audit.PatientRecordAccessed;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.app.security.CareLedgerUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/** The recorder in front of every read, on Axon's own event bus: it records covered reads, and a failure stops the read. */
class AccessRecordingInterceptorTest {
    private static final Actor NURSE = Actor.staff(UserId.of("3c0f0000-0000-4000-8000-0000000000a2"), Role.NURSE,
            OrganizationId.of("3c0f0000-0000-4000-8000-0000000000f1"));
    private static final String PATIENT = "3c0f0000-0000-4000-8000-000000000001";

    private final SimpleEventBus bus = SimpleEventBus.builder().build();
    private final List<EventMessage<?>> published = new ArrayList<>();

    @BeforeEach
    void signedInNurse() {
        bus.subscribe(published::addAll);
        var user = new CareLedgerUser(NURSE, "nurse", "", true);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCoveredReadIsPublishedWithReaderReasonAndAddress() {
        var request = read("/api/v1/patients/{patientId}/vital-signs", Map.of("patientId", PATIENT));
        request.addHeader("X-Access-Reason", "  night round ");
        request.setQueryString("from=2026-01-01T00:00:00Z");

        assertThat(interceptor().preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();

        assertThat(published).singleElement().satisfies(message -> {
            var access = (PatientRecordAccessed) message.getPayload();
            assertThat(access.patientId().value()).isEqualTo(UUID.fromString(PATIENT));
            assertThat(access.resource()).isEqualTo("GET /api/v1/patients/{patientId}/vital-signs");
            assertThat(access.query()).isEqualTo("from=2026-01-01T00:00:00Z");
            assertThat(access.reason()).isEqualTo("night round");
            assertThat(access.clientIp()).isEqualTo("10.1.2.3");
            assertThat(access.toString()).doesNotContain("night round");
            assertThat(message.getMetaData()).containsEntry("actorId", NURSE.userId().toString())
                    .containsEntry("actorRole", "NURSE").containsEntry("clientIp", "10.1.2.3");
        });
    }

    @Test
    void whenTheAccessCannotBeStoredTheReadDoesNotHappen() {
        bus.registerDispatchInterceptor(messages -> {
            throw new EventStoreException("the event store is unreachable");
        });
        var request = read("/api/v1/patients/{patientId}", Map.of("patientId", PATIENT));

        assertThatThrownBy(() -> interceptor().preHandle(request, new MockHttpServletResponse(), new Object()))
                .isInstanceOf(EventStoreException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void aReadOutsideThePatientsRecordIsNotRecorded() {
        var search = read("/api/v1/patients", Map.of());
        var worklist = read("/api/v1/alerts", Map.of());
        var write = read("/api/v1/patients/{patientId}/vital-signs", Map.of("patientId", PATIENT));
        write.setMethod("POST");

        for (var request : List.of(search, worklist, write)) {
            assertThat(interceptor().preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
        }
        assertThat(published).isEmpty();
    }

    private AccessRecordingInterceptor interceptor() {
        return new AccessRecordingInterceptor(new AccessRecorder(DefaultEventGateway.builder().eventBus(bus).build()));
    }

    private static MockHttpServletRequest read(String pattern, Map<String, String> variables) {
        var request = new MockHttpServletRequest("GET", pattern);
        request.setRemoteAddr("10.1.2.3");
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
        return request;
    }
}
