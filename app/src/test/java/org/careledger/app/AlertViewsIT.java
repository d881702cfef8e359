package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.Role;
import org.careledger.app.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The alert reads over REST: roles, the not-found problem, the ETag, the worklist and the metrics' parameters. */
class AlertViewsIT extends IntegrationTest {

    @Autowired EventGateway events;
    @Autowired UserAccounts accounts;

    @Test
    void anAlertIsReadWithItsTimelineAndVersionAndHiddenFromOthersAsNotFound() {
        String patient = registerPatient();
        Api nurseOffTheTeam = newUser(Role.NURSE, null);
        AlertId alert = publisher().raise(patient, Severity.HIGH);

        var read = admin().await("/api/v1/alerts/" + alert, r -> r.status() == 200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().get("timeline").get(0).get("kind").asText()).isEqualTo("RAISED");
        assertThat(admin().with("If-None-Match", "\"0\"").get("/api/v1/alerts/" + alert).status()).isEqualTo(304);
        var worklist = admin().get("/api/v1/alerts?patientId=" + patient + "&severity=high").json();
        assertThat(worklist.get("items").get(0).get("alertId").asText()).isEqualTo(alert.toString());

        var hidden = nurseOffTheTeam.get("/api/v1/alerts/" + alert);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().get("code").asText()).isEqualTo("ALERT_NOT_FOUND");
        assertThat(nurseOffTheTeam.get("/api/v1/alerts?patientId=" + patient).json().get("totalItems").asInt())
                .isZero();
    }

    @Test
    void metricsAreForStaffAndCheckTheirParameters() {
        Api patient = newUser(Role.PATIENT, registerPatient());

        assertThat(patient.get("/api/v1/alerts/metrics").status()).isEqualTo(403);
        assertThat(patient.get("/api/v1/alerts").status()).isEqualTo(200);
        var metrics = admin().get("/api/v1/alerts/metrics?period=week");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(metrics.json().get("period").asText()).isEqualTo("WEEK");
        var bad = admin().get("/api/v1/alerts/metrics?period=year");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
    }

    private AlertPublisher publisher() {
        return new AlertPublisher(events,
                new OrganizationId(accounts.findByUsername("demo-admin").orElseThrow().organizationId()));
    }
}
