package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.Gateway.eventually;
import static org.caseflow.system.MonthlyMeasures.denominator;
import static org.caseflow.system.MonthlyMeasures.numerator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workforce through the gateway: a child's case allocated and reallocated by the children in
 * care team's manager moves between the social workers' caseloads, which only managers and
 * performance officers may read; a supervision session recorded late but held by its due date
 * counts as in timescale, for all services and for the worker's.
 */
class WorkforceIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Gateway gateway = RunningCaseflow.gateway();
    private final Journeys journeys = new Journeys(gateway);
    private final MonthlyMeasures measures = new MonthlyMeasures(gateway);

    @Test
    void aCaseAllocatedAndReallocatedMovesBetweenCaseloadsThatOnlyManagersAndPerformanceRead() {
        LocalDate today = LocalDate.now(LONDON);
        String month = YearMonth.from(today).toString();
        Map<String, Long> before = caseloads(today);
        Map<String, JsonNode> monthBefore = measures.of(month);

        String laChildId = journeys.cameIntoCareDirectly("Caseload", today.minusDays(7).toString());
        // allocation asks the case record whether the manager may add to the child's record: once it has the child
        new CaseRecords(gateway, "cic.manager").childWhen(laChildId, child -> child.path("lookedAfter").path("onCare").asBoolean());
        // another team's manager, to whom the looked-after child's record is closed, can neither take the case nor open a period
        Gateway.Response takeover = gateway.post("/engine-rest/process-definition/key/case-allocation/submit-form", "north.manager", """
                {"variables": {"laChildId": {"value": "%s"}, "caseWorker": {"value": "north.worker"}, "reallocationDate": {"value": "%s"},
                 "reallocationReason": {"value": "Taking it over."}}}""".formatted(laChildId, today.minusDays(6)));
        assertThat(takeover.status()).as(takeover.body()).isEqualTo(400);
        Gateway.Response secondPeriod = gateway.post("/engine-rest/process-definition/key/looked-after/submit-form", "north.manager", """
                {"variables": {"laChildId": {"value": "%s"}, "careEntryRoute": {"value": "REMAND"}, "careRequestedOn": {"value": "%s"}}}"""
                .formatted(laChildId, today.minusDays(6)));
        assertThat(secondPeriod.status()).as(secondPeriod.body()).isEqualTo(400);
        assertThat(gateway.get("/api/casework/children/" + laChildId, "north.manager").status()).isEqualTo(404);
        allocate(laChildId, "cic.worker", today.minusDays(6));
        Map<String, Long> allocated = caseloadsWhen(today, loads -> loads.get("cic.worker") == before.get("cic.worker") + 1);
        assertThat(allocated.get("cic.agency")).isEqualTo(before.get("cic.agency"));
        Map<String, JsonNode> monthAllocated = measures.when(month,
                page -> numerator(page, "sw-caseload") == numerator(monthBefore, "sw-caseload") + 1);
        assertThat(numerator(monthAllocated, "sw-caseload")).as("one more child held").isEqualTo(numerator(monthBefore, "sw-caseload") + 1);
        assertThat(denominator(monthAllocated, "sw-caseload")).as("by the same workforce").isEqualTo(denominator(monthBefore, "sw-caseload"));

        allocate(laChildId, "cic.agency", today.minusDays(2));
        Map<String, Long> reallocated = caseloadsWhen(today, loads -> loads.get("cic.agency") == before.get("cic.agency") + 1);
        assertThat(reallocated.get("cic.worker")).as("the case left the first worker").isEqualTo(before.get("cic.worker"));
        assertThat(caseloads(today.minusDays(4)).get("cic.worker")).as("but was theirs before the reallocation")
                .isEqualTo(allocated.get("cic.worker"));

        // peers never see each other's caseloads; managers and performance officers do
        assertThat(gateway.get("/api/kpi/caseloads?date=" + today, "cic.worker").status()).isEqualTo(403);
        assertThat(gateway.get("/api/kpi/caseloads?date=" + today, "north.worker").status()).isEqualTo(403);
        assertThat(gateway.get("/api/kpi/caseloads?date=" + today, "north.manager").status()).isEqualTo(200);
        assertThat(gateway.get("/api/kpi/caseloads?date=" + today, "performance").status()).isEqualTo(200);
    }

    @Test
    void aSupervisionRecordedLateButHeldByItsDueDateIsInTimescale() {
        // the demo's children in care team let last month's sessions lapse
        JsonNode session = journeys.taskOf("cic.manager", "RecordSupervision", "SUP-cic.worker");
        LocalDate due = LocalDate.parse(session.get("due").asText().substring(0, 10));
        assertThat(due).as("a session already overdue").isBefore(LocalDate.now(LONDON));
        String month = YearMonth.from(due).toString();
        Map<String, JsonNode> before = measures.of(month);

        journeys.complete("cic.manager", session, """
                {"supervisionDate": {"value": "%s"}, "supervisor": {"value": "cic.manager"}}""".formatted(due));

        Map<String, JsonNode> after = measures.when(month,
                page -> numerator(page, "supervisions-in-timescale") > numerator(before, "supervisions-in-timescale"));
        for (String measure : new String[] {"supervisions-in-timescale", "supervisions-children-in-care"}) {
            assertThat(numerator(after, measure)).as(measure).isEqualTo(numerator(before, measure) + 1);
            assertThat(denominator(after, measure)).as(measure + ": it had fallen due already").isEqualTo(denominator(before, measure));
        }
        assertThat(numerator(after, "supervisions-assessment-safeguarding")).isEqualTo(numerator(before, "supervisions-assessment-safeguarding"));
    }

    private void allocate(String laChildId, String worker, LocalDate from) {
        Gateway.Response allocated = gateway.post("/engine-rest/process-definition/key/case-allocation/submit-form", "cic.manager", """
                {"variables": {"laChildId": {"value": "%s"}, "caseWorker": {"value": "%s"}, "reallocationDate": {"value": "%s"},
                 "reallocationReason": {"value": "Balancing the team's caseloads."}}}""".formatted(laChildId, worker, from));
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
    }

    private Map<String, Long> caseloads(LocalDate date) {
        Gateway.Response response = gateway.get("/api/kpi/caseloads?date=" + date, "cic.manager");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Long> children = new HashMap<>();
        response.json().get("workers").forEach(worker -> children.put(worker.get("worker").asText(), worker.get("children").asLong()));
        return children;
    }

    private Map<String, Long> caseloadsWhen(LocalDate date, java.util.function.Predicate<Map<String, Long>> caughtUp) {
        return eventually(() -> caseloads(date), caughtUp, CaseRecords.CATCH_UP);
    }
}
