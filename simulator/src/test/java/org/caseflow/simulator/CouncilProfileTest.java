package org.caseflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The councils the benchmarks name are the sizes they say: a large council's referrals, England's volumes. */
class CouncilProfileTest {

    @Test
    void aLargeCouncilReceivesTwentyThousandReferralsAYear() {
        CouncilTally tally = new CouncilTally();
        YearMonth first = YearMonth.of(2025, 11);
        YearMonth last = YearMonth.of(2026, 10);
        CouncilSimulation.of(CouncilProfile.withReferralsPerYear(20_000), 3).run(first, last, tally);

        int referrals = tally.months(first, last).stream().mapToInt(CouncilTally.Month::referrals).sum();
        assertThat(referrals).isCloseTo(20_000, within(1_000));
    }

    @Test
    void englandHasEnglandsVolumesAndStocks() {
        CouncilProfile england = CouncilProfile.england();

        assertThat(england.contactsPerMonth() * 12).isCloseTo(2_500_000, within(1.0));
        assertThat(england.contactsPerMonth() * 12 * england.referralShare()).isCloseTo(650_000, within(1.0));
        // 70 children looked after per 10,000 (England's published rate) of England's 12.2 million children
        assertThat(england.childrenLookedAfter()).isEqualTo(85_400);
    }

    @Test
    void aCouncilOfAnotherSizeHasTheReferenceCouncilsRatesPerChild() {
        CouncilProfile half = CouncilProfile.ofPopulation(CouncilProfile.REFERENCE_POPULATION / 2);
        CouncilProfile reference = CouncilProfile.referenceCouncil();

        assertThat(half.contactsPerMonth()).isCloseTo(reference.contactsPerMonth() / 2, within(0.1));
        assertThat(half.childrenLookedAfter()).isEqualTo(275);
        assertThat(half.referralShare()).isEqualTo(reference.referralShare());
    }

    @Test
    void aCouncilWithoutChildrenOrContactsIsRefused() {
        assertThatThrownBy(() -> CouncilProfile.ofPopulation(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
