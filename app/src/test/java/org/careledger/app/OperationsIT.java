package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What operators and API consumers rely on: OpenAPI, health, metrics. */
class OperationsIT extends IntegrationTest {

    @Test
    void theOpenApiDocumentDescribesThePatientEndpoints() {
        var openApi = anonymous().get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        var paths = openApi.json().get("paths");
        assertThat(paths.has("/api/v1/patients")).isTrue();
        assertThat(paths.has("/api/v1/patients/{patientId}/vital-signs")).isTrue();
        assertThat(openApi.body()).doesNotContain("\"actor\"");
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthIsPublicAndMetricsAreForAdministrators() {
        var health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as("demo-nurse").get("/actuator/prometheus").status()).isEqualTo(403);
        var metrics = admin().with("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
    }
}
