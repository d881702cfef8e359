package org.careledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problems written by servlet filters, which answer before Spring MVC's error handling could. */
public final class ProblemResponses {
    private ProblemResponses() {}

    /**
     * Writes a problem whose {@code type} ends in {@code code} (kebab case), with {@code code} repeated in upper
     * snake case for programs, as {@link ProblemDetailsAdvice} does.
     */
    public static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String code,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://careledger.org/problems/" + code));
        problem.setProperty("code", code.toUpperCase(Locale.ROOT).replace('-', '_'));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
