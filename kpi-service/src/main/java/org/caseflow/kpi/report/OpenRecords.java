package org.caseflow.kpi.report;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Which of the children a list would show have records open to the person reading it, as the case record
 * (casework-service) judges by the rules every view of a record follows. Asked with the person's own token, so that a
 * restricted record left out of their search is left out of a list of the children a figure counted too, and the
 * record's team sees in its audit trail who came across it. When the case record cannot answer, nothing is listed.
 */
@Component
class OpenRecords {

    private static final String OPEN_TO_ME = "/api/casework/children/open-to-me";

    private final RestClient casework;

    /** Spring Boot's builder: its requests carry the reader's trace ({@code traceparent}) to casework-service. */
    OpenRecords(@Value("${caseflow.casework.url}") String caseworkUrl, RestClient.Builder restClient) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.casework = restClient.baseUrl(caseworkUrl).requestFactory(requests).build();
    }

    /**
     * @param purpose what the list is, for the audit entry of each record found closed
     * @throws ErrorResponseException 503 when the case record cannot answer now
     */
    SortedSet<String> openTo(Authentication reader, Collection<String> laChildIds, String purpose) {
        if (laChildIds.isEmpty()) {
            return new TreeSet<>();
        }
        if (!(reader instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("A list of children is read with a person's token");
        }
        try {
            Answer answer = casework.post().uri(OPEN_TO_ME)
                    .headers(headers -> headers.setBearerAuth(token.getToken().getTokenValue()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new Question(List.copyOf(laChildIds), purpose))
                    .retrieve()
                    .body(Answer.class);
            return answer == null ? new TreeSet<>() : new TreeSet<>(answer.laChildIds());
        } catch (RestClientException e) {
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, e);
        }
    }

    private record Question(List<String> laChildIds, String purpose) {
    }

    private record Answer(List<String> laChildIds) {
    }
}
