package org.caseflow.workflow.enginerest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.caseflow.support.tracing.CurrentTrace;
import org.caseflow.support.web.Problems;
import org.caseflow.workflow.forms.EngineErrorCodes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Camunda's REST API answers errors in its own shape ({@code type}, {@code message}, {@code code}),
 * and a body that is not JSON in plain text (Jackson's mapper and Camunda's both claim that
 * error, and either may win). Every other Caseflow endpoint answers RFC 9457 problem details, so
 * this rewrites every error the engine's API answers as one, keeping the status it chose unless the
 * engine's error code says better. Server errors keep their message in the log only: an engine
 * message can quote SQL or internal names.
 */
class EngineRestProblems implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || isProblem(response)) {
            return;
        }
        ProblemDetail problem = problemFor(status, response.getEntity());
        response.setStatus(problem.getStatus());
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            boolean database = problem.getType().equals(Problems.databaseUnavailable().getType());
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER,
                    database ? String.valueOf(Problems.DATABASE_RETRY_AFTER_SECONDS) : "30");
        }
        write(request, response, problem);
    }

    /**
     * The engine's code for what went wrong decides where Camunda's own status cannot: Camunda
     * answers a journey rule's refusal of a start, a lost race and a missing dependency all as 500.
     */
    private static ProblemDetail problemFor(HttpStatus status, Object entity) {
        Integer code = entity instanceof ExceptionDto error ? error.getCode() : null;
        if (code != null && (code == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode() || code == BuiltinExceptionCode.DEADLOCK.getCode())) {
            // a timer firing as a task was completed, two people at once: nothing was saved, send it again
            return Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                    "This journey changed while your request was being saved, so nothing was saved. Try again.");
        }
        if (code != null && code == EngineErrorCodes.INVALID_INPUT) {
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", detailOf(entity, HttpStatus.BAD_REQUEST));
        }
        if (code != null && code == EngineErrorCodes.DATABASE_UNAVAILABLE) {
            return Problems.databaseUnavailable();
        }
        if (code != null && code == EngineErrorCodes.DEPENDENCY_UNAVAILABLE) {
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                    "A service this step needs cannot answer just now, so nothing was saved. Try again in a minute.");
        }
        if (status.is5xxServerError()) {
            return Problems.of(status, "engine-error",
                    "The workflow engine could not complete this request. Nothing was saved; quote the correlation id to support.");
        }
        ProblemDetail problem = Problems.of(status, Problems.typeFor(status), detailOf(entity, status));
        if (code != null) {
            problem.setProperty("engineCode", code);
        }
        return problem;
    }

    private static void write(ContainerRequestContext request, ContainerResponseContext response, ProblemDetail problem) {
        String path = request.getUriInfo().getRequestUri().getPath();
        response.setEntity(Problems.toJson(problem, path, CurrentTrace.idOrNull()));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE.toString());
    }

    private static boolean isProblem(ContainerResponseContext response) {
        return response.getMediaType() != null
                && Problems.MEDIA_TYPE.getSubtype().equals(response.getMediaType().getSubtype());
    }

    private static String detailOf(Object entity, HttpStatus status) {
        if (entity instanceof ExceptionDto error && error.getMessage() != null) {
            return error.getMessage();
        }
        if (entity instanceof String text && !text.isBlank()) {
            return text;
        }
        return "The workflow engine's API refused this request: " + status.getReasonPhrase() + ".";
    }
}
