package org.caseflow.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.caseflow.support.database.DatabaseOutage;
import org.caseflow.support.tracing.CurrentTrace;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers the errors that the servlet container handles itself (a {@code sendError} from a filter,
 * such as the Camunda webapps refusing an app to someone's role) as problem details, like every
 * other Caseflow error, instead of Spring Boot's own error shape.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // rendered after the request's trace scope closed: its id was kept on the request
        Object correlationId = request.getAttribute(CurrentTrace.NAME);
        String instance = path == null ? null : path.toString();
        String correlation = correlationId == null ? CurrentTrace.idOrNull() : correlationId.toString();
        // a failure that escaped everything else (a filter ahead of DatabaseUnavailableFilter) is still an outage, not a 500
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure && DatabaseOutage.isCauseOf(failure)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problems.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.DATABASE_RETRY_AFTER_SECONDS))
                    .body(Problems.toJson(Problems.databaseUnavailable(), instance, correlation));
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).contentType(Problems.MEDIA_TYPE)
                .body(Problems.toJson(problemFor(status), instance, correlation));
    }

    private static ProblemDetail problemFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> Problems.unauthenticated();
            case FORBIDDEN -> Problems.forbidden();
            default -> Problems.of(status, Problems.typeFor(status), detailFor(status));
        };
    }

    private static String detailFor(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "There is nothing at this address.";
        }
        return status.is5xxServerError()
                ? "Caseflow could not complete this request. Quote the correlation id to support."
                : "The request was refused: " + status.getReasonPhrase() + ".";
    }
}
