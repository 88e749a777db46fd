package org.caseflow.workflow.frontdoor;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.caseflow.support.web.CorrelationId;
import org.caseflow.workflow.forms.DependencyUnavailable;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
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
class KnownChildren {

    private final RestClient casework;

    KnownChildren(@Value("${caseflow.casework.url}") String caseworkUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.casework = RestClient.builder().baseUrl(caseworkUrl).requestFactory(requests).build();
    }

    /**
     * Whether the person at the keyboard may link a contact to this child, and who the child is.
     * Work the application does itself (demo data, no person's token) is not asked about.
     *
     * @return the child's identity; empty when no child has the id or its record is closed to them
     * @throws DependencyUnavailable when the case record cannot answer now
     */
    Optional<ChildIdentity> openToCaller(String laChildId) {
        String token = callersToken().orElseThrow(() -> new IllegalStateException("No person's token to ask with"));
        try {
            return Optional.ofNullable(casework.get().uri("/api/casework/children/{id}/identity", laChildId)
                    .headers(headers -> {
                        headers.setBearerAuth(token);
                        String correlationId = MDC.get(CorrelationId.MDC_KEY);
                        if (correlationId != null) {
                            headers.set(CorrelationId.HEADER, correlationId);
                        }
                    })
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
}
