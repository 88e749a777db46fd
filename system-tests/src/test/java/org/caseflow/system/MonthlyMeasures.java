package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.Gateway.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A month's measures as the performance officer reads them through the gateway, by measure id.
 * Tests compare a month before and after their journey, as the demo data has its own children in
 * the same months.
 */
final class MonthlyMeasures {

    private final Gateway gateway;

    MonthlyMeasures(Gateway gateway) {
        this.gateway = gateway;
    }

    Map<String, JsonNode> of(String month) {
        Gateway.Response page = gateway.get("/api/kpi/measures?month=" + month, "performance");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        page.json().get("measures").forEach(measure -> byId.put(measure.get("id").asText(), measure));
        return byId;
    }

    /** The month's measures, once {@code caughtUp} holds of them. */
    Map<String, JsonNode> when(String month, Predicate<Map<String, JsonNode>> caughtUp) {
        return eventually(() -> of(month), caughtUp, CaseRecords.CATCH_UP);
    }

    static int numerator(Map<String, JsonNode> measures, String id) {
        assertThat(measures).as("measure " + id).containsKey(id);
        return measures.get(id).get("numerator").asInt();
    }

    static int denominator(Map<String, JsonNode> measures, String id) {
        assertThat(measures).as("measure " + id).containsKey(id);
        return measures.get(id).get("denominator").asInt();
    }
}
