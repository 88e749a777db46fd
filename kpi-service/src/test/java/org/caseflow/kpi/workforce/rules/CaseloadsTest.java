package org.caseflow.kpi.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.caseflow.kpi.workforce.rules.Caseloads.Average;
import org.caseflow.kpi.workforce.rules.Caseloads.Caseload;
import org.caseflow.kpi.workforce.rules.Caseloads.Permanence;
import org.junit.jupiter.api.Test;

/** Caseloads, their FTE-weighted averages, high caseloads and permanence (docs/statutory-rules.md section 5). */
class CaseloadsTest {

    private static final CaseHoldingWorker FULL_TIME = new CaseHoldingWorker("full.time", BigDecimal.ONE, true, false);
    private static final CaseHoldingWorker HALF_TIME = new CaseHoldingWorker("half.time", new BigDecimal("0.5"), false, false);
    private static final CaseHoldingWorker NEWLY_QUALIFIED = new CaseHoldingWorker("asye.worker", new BigDecimal("0.8"), true, true);

    @Test
    void aChildIsInTheCaseloadOfTheWorkerWhoHoldsThemWhileTheirCaseIsOpen() {
        Map<String, String> holders = Map.of("C1", "full.time", "C2", "full.time", "C3", "half.time", "C4", "manager",
                "C5", "full.time");
        // C5's case has closed; C4 is held by someone who holds no cases
        Set<String> open = Set.of("C1", "C2", "C3", "C4", "C6");

        List<Caseload> caseloads = Caseloads.of(List.of(NEWLY_QUALIFIED, HALF_TIME, FULL_TIME), holders, open);

        assertThat(caseloads).containsExactly(new Caseload(NEWLY_QUALIFIED, 0), new Caseload(FULL_TIME, 2), new Caseload(HALF_TIME, 1));
    }

    @Test
    void theAverageIsTheChildrenHeldOverTheFullTimeEquivalentOfEveryCaseHolder() {
        List<Caseload> caseloads = List.of(new Caseload(FULL_TIME, 16), new Caseload(HALF_TIME, 8), new Caseload(NEWLY_QUALIFIED, 0));

        // 24 children over 1 + 0.5 + 0.8 = 2.3 full-time workers
        assertThat(Caseloads.average(caseloads)).isEqualTo(new Average(24, new BigDecimal("2.3")));
        // only the worker in their ASYE: 0 over 0.8
        assertThat(Caseloads.averageInAsye(caseloads)).isEqualTo(new Average(0, new BigDecimal("0.8")));
        assertThat(Caseloads.averageInAsye(List.of(new Caseload(FULL_TIME, 3)))).as("no one in their ASYE")
                .isEqualTo(new Average(0, BigDecimal.ZERO));
    }

    @Test
    void overTwentyFiveIsTwentySixOrMore() {
        Map<String, String> holders = new HashMap<>();
        IntStream.rangeClosed(1, 26).forEach(child -> holders.put("F" + child, "full.time"));
        IntStream.rangeClosed(1, 25).forEach(child -> holders.put("H" + child, "half.time"));
        Set<String> open = holders.keySet().stream().collect(Collectors.toSet());

        List<Caseload> caseloads = Caseloads.of(List.of(FULL_TIME, HALF_TIME), holders, open);

        assertThat(Caseloads.holdingOver(caseloads, Caseloads.HIGH_CASELOAD)).isEqualTo(1);
        assertThat(Caseloads.holdingOver(caseloads, 26)).isZero();
    }

    @Test
    void permanenceCountsHeadsNotHours() {
        // 2 of 3 workers permanent, though 1.8 of 2.3 FTE
        assertThat(Caseloads.permanence(List.of(FULL_TIME, HALF_TIME, NEWLY_QUALIFIED))).isEqualTo(new Permanence(2, 3));
        assertThat(Caseloads.permanence(List.of())).isEqualTo(new Permanence(0, 0));
    }

    @Test
    void aFullTimeEquivalentIsMoreThanNothingAndAtMostOne() {
        assertThatThrownBy(() -> new CaseHoldingWorker("w", BigDecimal.ZERO, true, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseHoldingWorker("w", new BigDecimal("1.1"), true, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
