package org.careledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The limit of API requests in progress: the request over it is refused before anything runs, never queued. */
class RequestAdmissionTest {
    // set up as the application's, which writes a problem's properties (code) as top-level members
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RequestAdmission admission = new RequestAdmission(1, json, meters);
    private final AtomicInteger handled = new AtomicInteger();

    @Test
    void aRequestOverTheLimitIsRefusedAtOnceAndTheNextOneIsAdmittedWhenASlotFrees() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> {
            try {
                return send("/api/v1/patients", new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse response) {
                        started.countDown();
                        await(release);
                        handled.incrementAndGet();
                        response.setStatus(201);
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = send("/api/v1/patients/p-1/vital-signs", counting());

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(refused.getContentAsByteArray());
        assertThat(problem.get("code").asText()).isEqualTo("OVERLOADED");
        assertThat(problem.get("type").asText()).isEqualTo("https://careledger.org/problems/overloaded");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(handled).as("the refused request did not run").hasValue(0);
        assertThat(meters.counter("careledger.http.requests.refused").count()).isEqualTo(1.0);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        assertThat(send("/api/v1/patients/p-1/vital-signs", counting()).getStatus()).isEqualTo(204);
        assertThat(handled).hasValue(2);
    }

    @Test
    void aRequestThatFailsGivesItsSlotBack() throws Exception {
        HttpServlet failing = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException {
                throw new ServletException("handler failed");
            }
        };
        assertThatThrownBy(() -> send("/api/v1/patients", failing)).isInstanceOf(ServletException.class);

        assertThat(send("/api/v1/patients", counting()).getStatus()).isEqualTo(204);
    }

    @Test
    void onlyApiPathsCount() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> {
            try {
                send("/api/v1/alerts", new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse response) {
                        started.countDown();
                        await(release);
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        try {
            // the one slot is taken: another API request is refused, health is answered all the same
            assertThat(send("/api/v1/alerts", counting()).getStatus()).isEqualTo(503);
            assertThat(send("/actuator/health", counting()).getStatus()).isEqualTo(204);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aLimitBelowOneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RequestAdmission(0, json, meters))
                .hasMessageContaining("careledger.http.max-concurrent-requests");
    }

    private HttpServlet counting() {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                handled.incrementAndGet();
                response.setStatus(204);
            }
        };
    }

    private MockHttpServletResponse send(String path, HttpServlet servlet) throws Exception {
        var request = new MockHttpServletRequest("POST", path);
        var response = new MockHttpServletResponse();
        admission.doFilter(request, response, new MockFilterChain(servlet));
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
