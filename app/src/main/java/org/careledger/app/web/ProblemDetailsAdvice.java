package org.careledger.app.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.careledger.api.shared.ClinicalError;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.ClinicalException;
import org.careledger.api.shared.ErrorKind;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;
import org.careledger.api.shared.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure as an RFC 9457 problem: {@code type} names the broken rule, {@code code} repeats it
 * for programs, {@code detail} never contains PHI, and an unexpected failure is a bare 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://careledger.org/problems/";

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail onInvalidRequest(InvalidRequest e) {
        return withErrors(problem(e.toError()), e.errors());
    }

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail onInvalidValue(InvalidValue e) {
        return onInvalidRequest(InvalidRequest.of(e));
    }

    @ExceptionHandler(ClinicalException.class)
    ProblemDetail onClinicalRule(ClinicalException e) {
        return problem(e.toError());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail onCommandFailure(CommandExecutionException e) {
        Optional<ClinicalError> error = e.getDetails().filter(ClinicalError.class::isInstance).map(ClinicalError.class::cast);
        return error.map(ProblemDetailsAdvice::problem).orElseGet(() -> onAxonFailure(e));
    }

    /** A conflicting append surfaces at commit, after the handlers ran: someone else wrote first. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail onConcurrentWrite(ConcurrencyException e) {
        return problem(new ClinicalError(ClinicalErrorCode.CONCURRENT_MODIFICATION,
                "the record was changed by another request at the same time; read it again and retry"));
    }

    @ExceptionHandler(CompletionException.class)
    ProblemDetail onAsyncFailure(CompletionException e) throws Throwable {
        throw e.getCause() == null ? e : e.getCause();
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ProblemDetail onMissingUser(AuthenticationCredentialsNotFoundException e) {
        return typed(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "sign in first"), "unauthenticated");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail onUnexpected(Exception e) {
        log.error("request failed unexpectedly ({})", e.getClass().getName(), e);
        return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private ProblemDetail onAxonFailure(AxonException e) {
        if (hasCause(e, ConcurrencyException.class)) {
            return onConcurrentWrite(null);
        }
        return onUnexpected(e);
    }

    /** Spring MVC's own 4xx answers (unreadable body, wrong parameter type, unknown path, ...) get our type and code too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && status.is4xxClientError()) {
            String code = status.value() == 400 ? "INVALID_REQUEST" : HttpStatus.valueOf(status.value()).name();
            typed(problem, code.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static ProblemDetail problem(ClinicalError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusOf(error.code().kind()), error.message());
        return typed(problem, error.code().slug());
    }

    private static ProblemDetail typed(ProblemDetail problem, String slug) {
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(slug.replace('-', ' '));
        problem.setProperty("code", slug.toUpperCase(Locale.ROOT).replace('-', '_'));
        return problem;
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static HttpStatus statusOf(ErrorKind kind) {
        return switch (kind) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
