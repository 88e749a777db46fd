package org.caseflow.kpi.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snapshot measures count children, docs/statutory-rules.md section 5. */
class ChildrenInTimescaleTest {

    @Test
    void aChildCountsOnceAndIsInTimescaleOnlyWhenEveryPlanOfTheirsIs() {
        List<Map.Entry<String, Boolean>> plans = List.of(Map.entry("C1", true), Map.entry("C2", true), Map.entry("C2", false),
                Map.entry("C3", false), Map.entry("C4", true), Map.entry("C4", true));

        assertThat(ChildrenInTimescale.count(plans, Map.Entry::getKey, Map.Entry::getValue)).isEqualTo(new ChildrenInTimescale(2, 4));
        assertThat(ChildrenInTimescale.count(List.<Map.Entry<String, Boolean>>of(), Map.Entry::getKey, Map.Entry::getValue))
                .isEqualTo(new ChildrenInTimescale(0, 0));
    }
}
