package org.caseflow.support.web;

import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error Spring MVC raises (bad input, unknown path, a thrown {@code ErrorResponseException})
 * is answered as an RFC 9457 problem detail that carries the correlation id, so that a person can
 * quote it and support can find the log lines.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && MDC.get(CorrelationId.MDC_KEY) != null) {
            problem.setProperty(CorrelationId.MDC_KEY, MDC.get(CorrelationId.MDC_KEY));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
