package org.caseflow.support.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseflow.support.web.ProblemDetailsAdvice;
import org.caseflow.support.web.Problems;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.RepeatableContainers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes the problem details each operation may answer with, each as an
 * {@code application/problem+json} response that refers to the shared {@code ProblemDetail} schema,
 * with an example written by {@link Problems} as the service writes it:
 * <ul>
 *   <li>{@code 401}, for every operation: each needs a token;</li>
 *   <li>{@code 503} {@code database-unavailable}, with {@code Retry-After}, for every operation:
 *       every service works from its database;</li>
 *   <li>{@code 400} for an operation that takes parameters or a body, which may come malformed or
 *       fail their checks;</li>
 *   <li>and those its handler declares with {@link ProblemResponse} (its own {@code 403}, {@code 404},
 *       {@code 409}…), which replace the ones above for the same status.</li>
 * </ul>
 */
class ProblemResponsesCustomizer implements OperationCustomizer {

    /** The correlation id the examples show: any request's looks like it. */
    static final String EXAMPLE_CORRELATION_ID = "6f1d2c3b-9a8e-4f70-b1c2-d3e4f5a6b7c8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Map<Integer, ApiResponse> problems = new TreeMap<>();
        problems.put(401, problem("You did not sign in: the request carried no valid token.", Problems.unauthenticated()));
        problems.put(503, problem("The service cannot reach its database just now: try again after `Retry-After` seconds."
                + " If you were saving a change, check whether it was saved before sending it again.", Problems.databaseUnavailable()));
        if (HandlerInputs.takesInput(handler)) {
            // as Spring MVC answers a value it cannot convert or that fails its checks: the status says it all
            problems.put(400, problem("A parameter or the body is not valid: a value of the wrong shape, or one that fails its"
                    + " checks. Nothing was changed.", ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.PARAMETERS_NOT_VALID)));
        }
        // the controller's first, then the method's, so that the method's have the last word
        declared(handler.getBeanType()).forEach(declared -> problems.put(declared.status().value(), problem(declared)));
        declared(handler.getMethod()).forEach(declared -> problems.put(declared.status().value(), problem(declared)));

        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        problems.forEach((status, response) -> responses.addApiResponse(String.valueOf(status), response));
        return operation.responses(responses);
    }

    /**
     * The problem responses on a method or class, those gathered in an annotation of the service's
     * own first and those written on it last, so that the ones written on it have the last word.
     */
    private static List<ProblemResponse> declared(AnnotatedElement element) {
        return MergedAnnotations.from(element, MergedAnnotations.SearchStrategy.DIRECT, RepeatableContainers.standardRepeatables())
                .stream(ProblemResponse.class)
                .sorted(Comparator.comparingInt(MergedAnnotation<ProblemResponse>::getDistance).reversed())
                .map(MergedAnnotation::synthesize)
                .toList();
    }

    private static ApiResponse problem(ProblemResponse declared) {
        String type = declared.type().isEmpty() ? Problems.typeFor(declared.status()) : declared.type();
        String detail = declared.detail().isEmpty() ? declared.when() : declared.detail();
        return problem(declared.when(), Problems.of(declared.status(), type, detail));
    }

    private static ApiResponse problem(String when, ProblemDetail example) {
        MediaType problemJson = new MediaType()
                .schema(new Schema<>().$ref(SharedApiComponents.PROBLEM_SCHEMA_REF))
                .example(asJson(example));
        ApiResponse response = new ApiResponse().description(when)
                .content(new Content().addMediaType(Problems.MEDIA_TYPE.toString(), problemJson));
        if (example.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            // every 503 of Caseflow's says when to try again
            response.headers(Map.of(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait before trying again")
                    .schema(new IntegerSchema())));
        }
        return response;
    }

    /** The problem exactly as the service writes it, with a correlation id. */
    private static Map<String, Object> asJson(ProblemDetail problem) {
        try {
            return JSON.readValue(Problems.toJson(problem, null, EXAMPLE_CORRELATION_ID), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
