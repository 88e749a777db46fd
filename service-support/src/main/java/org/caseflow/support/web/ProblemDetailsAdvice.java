package org.caseflow.support.web;

import java.util.Map;
import org.caseflow.support.tracing.CurrentTrace;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error Spring MVC raises (bad input, unknown path, a thrown {@code ErrorResponseException})
 * is answered as an RFC 9457 problem detail that carries the correlation id, so that a person can
 * quote it and support can find the log lines.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** What a request with a parameter that breaks its constraint is told, with the parameters named in {@code errors}. */
    public static final String PARAMETERS_NOT_VALID = "Some parameters are missing or not valid; nothing was changed.";

    /** Names every field that failed validation, with why. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = exception.getBody();
        problem.setDetail("Some fields are missing or not valid; nothing was saved.");
        problem.setProperty("errors", exception.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of(
                        "field", error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList());
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    /**
     * A path or query parameter (or a list element) that breaks its constraint, such as an LA child id that is not
     * letters and digits: names each one, with why, as for a body's fields; Spring's own answer says only
     * "Validation failure".
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = exception.getBody();
        problem.setDetail(PARAMETERS_NOT_VALID);
        problem.setProperty("errors", exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", parameterName(result),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList());
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter " + result.getMethodParameter().getParameterIndex() : name;
    }

    /** Unreadable JSON, an unknown field or a value of the wrong kind. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "The request body could not be read: it must be JSON with the documented fields and value types. Nothing was saved.");
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            CurrentTrace.id().ifPresent(traceId -> problem.setProperty(CurrentTrace.NAME, traceId));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
