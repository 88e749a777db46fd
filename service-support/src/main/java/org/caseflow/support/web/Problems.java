package org.caseflow.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseflow.support.tracing.CurrentTrace;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as every Caseflow service writes them: a type under
 * {@code https://caseflow.example/problems/}, a title, a detail a person can act on, and the
 * correlation id so that a user can quote it to support.
 */
public final class Problems {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_BASE = "https://caseflow.example/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** The problem type that names a refusal by its status alone, where nothing more specific fits. */
    public static String typeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid-input";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            default -> status.is5xxServerError() ? "server-error" : "request-refused";
        };
    }

    /** No valid credentials came with the request. */
    public static ProblemDetail unauthenticated() {
        return of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Sign in to use Caseflow: this request carried no valid token.");
    }

    /** Signed in, but the caller's role does not allow this. */
    public static ProblemDetail forbidden() {
        return of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this request.");
    }

    /**
     * How long, in seconds, a caller refused for a database outage is asked to wait before trying
     * again ({@code Retry-After}): a restarted database answers again within seconds.
     */
    public static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /**
     * The service cannot reach its database just now. Whether a change that was on its way was
     * saved cannot always be known (the database may have gone as it committed), so the caller is
     * asked to look before sending it again.
     */
    public static ProblemDetail databaseUnavailable() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "Caseflow cannot reach its database just now. Try again in a few seconds;"
                        + " if you were saving a change, check whether it was saved before sending it again.");
    }

    /** The challenge that goes with a 401: a token from the identity provider. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"caseflow\"";

    /** The JSON body of a problem, for places that write responses without Spring MVC's converters. */
    public static byte[] toJson(ProblemDetail problem, String instance, String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        if (correlationId != null) {
            body.put(CurrentTrace.NAME, correlationId);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException("A problem detail could not be written as JSON", e);
        }
    }
}
