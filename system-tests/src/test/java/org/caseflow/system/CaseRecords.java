package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.Gateway.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A child's case record as one person reads it through the gateway, waiting for the record to
 * catch up with the journey event feed (the case record applies events a moment after the engine
 * publishes them).
 */
final class CaseRecords {

    static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final Gateway gateway;
    private final String reader;

    CaseRecords(Gateway gateway, String reader) {
        this.gateway = gateway;
        this.reader = reader;
    }

    /** The child's summary, once {@code caughtUp} holds of it. */
    JsonNode childWhen(String laChildId, Predicate<JsonNode> caughtUp) {
        Gateway.Response child = eventually(() -> gateway.get("/api/casework/children/" + laChildId, reader),
                response -> response.status() == 200 && caughtUp.test(response.json()), CATCH_UP);
        assertThat(child.status()).as(child.body()).isEqualTo(200);
        assertThat(caughtUp.test(child.json())).as(child.body()).isTrue();
        return child.json();
    }

    /** The child's chronology, once it holds an entry of each of {@code kinds}. */
    List<JsonNode> chronologyWith(String laChildId, String... kinds) {
        Gateway.Response response = eventually(() -> gateway.get("/api/casework/children/" + laChildId + "/chronology", reader),
                chronology -> chronology.status() == 200 && kindsOf(chronology.json()).containsAll(List.of(kinds)), CATCH_UP);
        assertThat(kindsOf(response.json())).as(response.body()).contains(kinds);
        List<JsonNode> entries = new ArrayList<>();
        response.json().forEach(entries::add);
        return entries;
    }

    private static List<String> kindsOf(JsonNode chronology) {
        List<String> kinds = new ArrayList<>();
        chronology.forEach(entry -> kinds.add(entry.get("kind").asText()));
        return kinds;
    }
}
