package org.caseflow.workflow.frontdoor;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.workflow.forms.TaskInput;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.caseflow.workflow.forms.DependencyUnavailable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Children already known to the council, as their case record (casework-service) holds them. A
 * contact that names an LA child id is checked here with the token of the person recording it:
 * casework-service answers only for a record open to them, and audits the look-up or the refusal,
 * so a restricted record stays closed, and a refused child looks exactly like a missing one.
 */
@Component
public class KnownChildren {

    /** Who the child is: open to every practitioner for a looked-after child, as a contact about them must reach their record. */
    private static final String IDENTITY = "/api/casework/children/{id}/identity";
    /** The child's summary: open by the rules every view of the record follows (and read as such, audited). */
    private static final String WHOLE_RECORD = "/api/casework/children/{id}";

    /** The council's LA child ids: letters and digits, at most 20 (CIN census LAchildID). */
    private static final Pattern LA_CHILD_ID = Pattern.compile("[A-Za-z0-9]{1,20}");

    private final RestClient casework;

    /**
     * Spring Boot's builder: its requests carry the caller's trace ({@code traceparent}) to casework-service. Its JSON
     * reader is this service's, which refuses unknown properties in what people send; casework's answers (a child's
     * whole summary) hold more than who the child is, so they are read by a reader that takes what it needs.
     */
    KnownChildren(@Value("${caseflow.casework.url}") String caseworkUrl, RestClient.Builder restClient) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        MappingJackson2HttpMessageConverter lenient = new MappingJackson2HttpMessageConverter(
                Jackson2ObjectMapperBuilder.json().failOnUnknownProperties(false).build());
        this.casework = restClient.baseUrl(caseworkUrl).requestFactory(requests)
                .messageConverters(converters -> {
                    converters.removeIf(MappingJackson2HttpMessageConverter.class::isInstance);
                    converters.add(0, lenient);
                })
                .build();
    }

    /**
     * Whether the person at the keyboard may link a contact to this child, and who the child is.
     * Work the application does itself (demo data, no person's token) is not asked about.
     *
     * @return the child's identity; empty when no child has the id or its record is closed to them
     * @throws DependencyUnavailable when the case record cannot answer now
     */
    Optional<ChildIdentity> openToCaller(String laChildId) {
        return openToCaller(laChildId, IDENTITY);
    }

    private Optional<ChildIdentity> openToCaller(String laChildId, String path) {
        String token = callersToken().orElseThrow(() -> new IllegalStateException("No person's token to ask with"));
        try {
            return Optional.ofNullable(casework.get().uri(path, laChildId)
                    .headers(headers -> headers.setBearerAuth(token))
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.is2xxSuccessful()) {
                            return response.bodyTo(ChildIdentity.class);
                        }
                        if (status.isSameCodeAs(HttpStatus.NOT_FOUND) || status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
                            return null;
                        }
                        throw new DependencyUnavailable("The case record answered " + status.value()
                                + " when asked about child " + laChildId + ".", null);
                    }));
        } catch (RestClientException e) {
            throw new DependencyUnavailable("The case record could not be reached to check child " + laChildId + ".", e);
        }
    }

    /** Whether a person's request is being served (their token is what we ask casework with). */
    boolean isPersonsRequest() {
        return callersToken().isPresent();
    }

    private static Optional<String> callersToken() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller instanceof JwtAuthenticationToken token ? Optional.of(token.getToken().getTokenValue()) : Optional.empty();
    }

    /**
     * A journey started for a known child (a contact, a child coming into care) links to the
     * child's record: the record must be open to the person starting it, and the journey carries the
     * child as the record names them, whatever was typed (a change of identity is its own step, in
     * the case record). Work the application does itself names children it made itself.
     *
     * @return whether the journey names a known child
     */
    public boolean link(DelegateExecution execution) {
        return link(execution, IDENTITY);
    }

    /**
     * As {@link #link}, for work that acts on the child's whole case (taking over its allocation,
     * taking the child into care): the whole record must be open to the person, not only who the
     * child is. A looked-after child's identity is open to every practitioner, so that any contact
     * about them reaches their record; their case is their care team's.
     */
    public boolean linkToRecord(DelegateExecution execution) {
        return link(execution, WHOLE_RECORD);
    }

    private boolean link(DelegateExecution execution, String recordPath) {
        Optional<String> named = TaskInput.of(execution).text(JourneyData.LA_CHILD_ID);
        if (named.isEmpty()) {
            return false;
        }
        String laChildId = named.get();
        if (!LA_CHILD_ID.matcher(laChildId).matches()) {
            throw TaskInput.invalid(JourneyData.LA_CHILD_ID, "An LA child id is letters and digits, at most 20.");
        }
        if (!isPersonsRequest()) {
            return false;
        }
        ChildIdentity child = openToCaller(laChildId, recordPath).orElseThrow(() -> TaskInput.invalid(
                JourneyData.LA_CHILD_ID, "There is no child with LA child id " + laChildId
                        + " whose record you may add to. Leave it empty for a child new to us."));
        setIfKnown(execution, JourneyData.CHILD_GIVEN_NAME, child.givenName());
        setIfKnown(execution, JourneyData.CHILD_FAMILY_NAME, child.familyName());
        setIfKnown(execution, JourneyData.CHILD_DATE_OF_BIRTH, child.dateOfBirth());
        setIfKnown(execution, JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH, child.expectedDateOfBirth());
        return true;
    }

    private static void setIfKnown(DelegateExecution execution, String variable, String recorded) {
        if (recorded != null && !recorded.isBlank()) {
            execution.setVariable(variable, recorded);
        }
    }
}
