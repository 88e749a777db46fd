package org.caseflow.workflow.enginerest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.caseflow.support.web.CorrelationId;
import org.caseflow.support.web.Problems;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Camunda's REST API answers errors in its own shape ({@code type}, {@code message}, {@code code}),
 * and a body that is not JSON in plain text (Jackson's mapper and Camunda's both claim that
 * error, and either may win). Every other Caseflow endpoint answers RFC 9457 problem details, so
 * this rewrites every error the engine's API answers as one, keeping the status it chose. Server
 * errors keep their message in the log only: an engine message can quote SQL or internal names.
 */
class EngineRestProblems implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || isProblem(response)) {
            return;
        }
        ProblemDetail problem = status.is5xxServerError()
                ? Problems.of(status, "engine-error",
                        "The workflow engine could not complete this request. Nothing was saved; quote the correlation id to support.")
                : Problems.of(status, Problems.typeFor(status), detailOf(response.getEntity(), status));
        if (response.getEntity() instanceof ExceptionDto error && error.getCode() != null && status.is4xxClientError()) {
            problem.setProperty("engineCode", error.getCode());
        }
        String path = request.getUriInfo().getRequestUri().getPath();
        response.setEntity(Problems.toJson(problem, path, MDC.get(CorrelationId.MDC_KEY)));
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
