package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.caseflow.kpi.catalogue.MeasureDefinition.Polarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionOfTravelTest {

    @ParameterizedTest(name = "{0}: {2} -> {3} is {4}, {5}")
    @CsvSource(nullValues = "-", value = {
            "higher is better,   HIGH_GOOD,       85,   86,   UP,   BETTER",
            "higher is better,   HIGH_GOOD,       86,   85,   DOWN, WORSE",
            "lower is better,    LOW_GOOD,        43,   36,   DOWN, BETTER",
            "lower is better,    LOW_GOOD,        36,   43,   UP,   WORSE",
            "away from the target, CLOSE_TO_TARGET, 788, 820, UP, WORSE",
            "towards the target, CLOSE_TO_TARGET, 735,  788,  UP,   BETTER",
            "same when shown,    HIGH_GOOD,       85.2, 84.6, SAME, SAME",
            "context only,       NONE,            5,    8,    UP,   -"})
    void movementAndWhetherItIsBetter(String why, Polarity polarity, BigDecimal previous, BigDecimal current,
            DirectionOfTravel.Movement movement, DirectionOfTravel.Judgement judgement) {
        DirectionOfTravel direction = DirectionOfTravel.between(
                RagRatingTest.definition(polarity, BigDecimal.valueOf(800), null, null), previous, current);

        assertThat(direction).isEqualTo(new DirectionOfTravel(movement, judgement));
    }
}
