package org.caseflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What every service's API description promises, checked the same way in each: every endpoint of
 * the service's own API is described (the gaps come from the service's check of its handlers
 * against the description), and the description is for anyone signed in, and no one else.
 * A service's test extends this, in the service's integration-test setting, and adds what is
 * particular to its API.
 */
public abstract class ApiDescriptionContract {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected TestIdentity identity;

    private final String title;
    private final String otherServiceAccount;

    /**
     * @param title the description's title, as a reader sees it
     * @param otherServiceAccount a service account that calls none of this API, to show that the description is for
     *        any caller signed in, not only those who may call every endpoint
     */
    protected ApiDescriptionContract(String title, String otherServiceAccount) {
        this.title = title;
        this.otherServiceAccount = otherServiceAccount;
    }

    /** What the service's check finds missing from its description (none, when it is complete). */
    protected abstract List<String> gaps(JsonNode description);

    protected JsonNode description(String reader) {
        return identity.as(http, reader).getForObject("/v3/api-docs", JsonNode.class);
    }

    @Test
    void everyApiEndpointIsDescribed() {
        assertThat(gaps(description("north.worker"))).isEmpty();
    }

    /** A social worker and a performance officer, whichever endpoints their roles allow them. */
    @ParameterizedTest
    @ValueSource(strings = {"north.worker", "performance"})
    void anyoneSignedInReadsIt(String reader) {
        assertReadsIt(reader);
    }

    @Test
    void aServiceAccountReadsIt() {
        assertReadsIt(otherServiceAccount);
    }

    @Test
    void noOneElseDoes() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/v3/api-docs.yaml", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void assertReadsIt(String reader) {
        ResponseEntity<String> answer = identity.as(http, reader).getForEntity("/v3/api-docs", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("\"title\":\"" + title + "\"");
    }
}
