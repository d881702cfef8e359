package org.careledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most a fixed number of API requests be in progress at once and answers one more at once with a 503 problem
 * ({@code OVERLOADED}, {@code Retry-After: 1}), before it has done anything.
 *
 * <p>Without a limit, more requests than the application can answer wait in the server, each for longer than the
 * one before, until their clients give up; the server still runs them afterwards, so a client that timed out cannot
 * know whether its command was recorded, and the work of answering nobody takes the place of the work of answering
 * the requests still waiting (in the benchmark, offered three times what it could answer, the application completed a
 * fifth as many commands as under a steady load). With the limit the excess is refused at once and unambiguously:
 * nothing was done, try again. Only {@code /api/} paths count; health and metrics are always answered.
 */
final class RequestAdmission extends OncePerRequestFilter {
    private final Semaphore inProgress;
    private final ObjectMapper json;
    private final Counter refused;

    RequestAdmission(int limit, ObjectMapper json, MeterRegistry meters) {
        if (limit < 1) {
            throw new IllegalArgumentException(
                    "careledger.http.max-concurrent-requests must be at least 1, not " + limit);
        }
        this.inProgress = new Semaphore(limit);
        this.json = json;
        this.refused = Counter.builder("careledger.http.requests.refused")
                .description("API requests refused with 503 OVERLOADED: the limit of requests in progress was reached")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!inProgress.tryAcquire()) {
            refused.increment();
            response.setHeader("Retry-After", "1");
            ProblemResponses.write(json, response, HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                    "CareLedger is answering as many requests as it can; this one was not started. Try again shortly.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inProgress.release();
        }
    }
}
