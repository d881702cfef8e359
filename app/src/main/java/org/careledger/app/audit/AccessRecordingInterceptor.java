package org.careledger.app.audit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;
import org.careledger.app.security.CareLedgerUser;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every read of a patient's record before the controller runs (rules in {@link PatientAccessCoverage}). If the
 * record cannot be written, the exception ends the request with a problem response and nothing is read. A read the
 * controller then refuses (not found, not visible) stays recorded as an attempt.
 */
class AccessRecordingInterceptor implements HandlerInterceptor {
    static final String REASON_HEADER = "X-Access-Reason";
    static final int MAX_REASON = 500;
    private static final int MAX_QUERY = 1000;
    private static final String CORRELATION_HEADER = "X-Correlation-Id"; // as for commands (AuditMetadataDispatchInterceptor)
    private static final Pattern SAFE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final AccessRecorder recorder;

    AccessRecordingInterceptor(AccessRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        // a streamed answer comes back in an async dispatch of the same request, which was recorded when it began
        if (!read || request.getDispatcherType() != DispatcherType.REQUEST
                || !(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
                || !(SecurityContextHolder.getContext().getAuthentication() != null
                        && SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                                instanceof CareLedgerUser user)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var subject = PatientAccessCoverage.subject(pattern, variables == null ? Map.of() : variables,
                request.getParameter("patientId"), user.actor().organizationId().value());
        if (subject.isPresent()) {
            recorder.record(subject.get(), user.actor(), request.getMethod() + " " + pattern, query(request),
                    reason(request), request.getRemoteAddr(), correlationId(request));
        }
        return true;
    }

    private static String reason(HttpServletRequest request) {
        String reason = request.getHeader(REASON_HEADER);
        if (reason == null || reason.isBlank()) {
            return null;
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new InvalidRequest(List.of(new FieldError(REASON_HEADER, "must be at most " + MAX_REASON + " characters")));
        }
        return reason;
    }

    private static String query(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || query.length() <= MAX_QUERY ? query : query.substring(0, MAX_QUERY);
    }

    private static String correlationId(HttpServletRequest request) {
        String id = request.getHeader(CORRELATION_HEADER);
        return id != null && SAFE_CORRELATION_ID.matcher(id).matches() ? id : null;
    }
}
