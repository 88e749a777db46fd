package org.caseflow.workflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.caseflow.workflow.forms.EngineErrorCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

/**
 * What an engine error becomes, by the engine's own error code: Camunda answers several kinds of
 * refusal as 500, and the code inside says which they were.
 */
class EngineRestProblemCodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} with engine code {1} -> {2} {3}")
    @CsvSource({
            "500, 1,     409, concurrent-change",        // the engine's optimistic lock: a race lost
            "500, 10000, 409, concurrent-change",        // the database's deadlock
            "500, 20400, 400, invalid-input",            // a journey rule refused what was sent
            "500, 20503, 503, dependency-unavailable",   // a service the step needs did not answer
            "500, 0,     500, engine-error",             // anything else stays a server error
            "403, 0,     403, forbidden"})
    void theEnginesCodeDecidesTheAnswer(int camundaStatus, int code, int status, String type) throws Exception {
        ExceptionDto error = new ExceptionDto();
        error.setType("RestException");
        error.setMessage("Cannot complete task 42: ENGINE-03005 select * from ACT_RU_TASK failed");
        error.setCode(code);
        Answer answer = filter(camundaStatus, error);

        assertThat(answer.status.get()).isEqualTo(status);
        JsonNode problem = JSON.readTree((byte[]) answer.entity.get());
        assertThat(problem.get("type").asText()).endsWith("/" + type);
        if (status >= 500) {
            assertThat(problem.get("detail").asText()).as("nothing internal in the answer").doesNotContain("ENGINE-", "ACT_RU");
        }
        assertThat(answer.headers.getFirst("Retry-After")).isEqualTo(status == 503 ? "30" : null);
    }

    private record Answer(AtomicInteger status, AtomicReference<Object> entity, MultivaluedMap<String, Object> headers) {
    }

    private static Answer filter(int status, ExceptionDto error) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUri()).thenReturn(URI.create("http://localhost/engine-rest/task/42/complete"));
        when(request.getUriInfo()).thenReturn(uri);
        Answer answer = new Answer(new AtomicInteger(status), new AtomicReference<>(error), new MultivaluedHashMap<>());
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.getStatus()).thenAnswer(call -> answer.status.get());
        when(response.getEntity()).thenAnswer(call -> answer.entity.get());
        when(response.getHeaders()).thenReturn(answer.headers);
        Mockito.doAnswer(call -> {
            answer.status.set(call.getArgument(0));
            return null;
        }).when(response).setStatus(Mockito.anyInt());
        Mockito.doAnswer(call -> {
            answer.entity.set(call.getArgument(0));
            return null;
        }).when(response).setEntity(Mockito.any());
        new EngineRestProblems().filter(request, response);
        return answer;
    }
}
