package org.caseflow.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.Ethnicity;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.ReasonCeased;
import org.caseflow.returns.record.ReasonForClosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The derived Annex A values at their edges. */
class ListsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"WBRI, a) WBRI", "MWBC, f) MWBC", "OOTH, r) OOTH", "REFU, s) REFU", "NOBT, s) NOBT"})
    void ethnicity_reads_as_the_templates_lettered_choice(Ethnicity ethnicity, String label) {
        assertThat(Labels.ethnicity(ethnicity)).isEqualTo(label);
    }

    @Test
    void age_is_whole_years_on_the_last_day_and_none_before_birth() {
        LocalDate born = LocalDate.of(2015, 8, 20);

        assertThat(ChildColumns.age(born, LocalDate.of(2025, 8, 19))).isEqualTo(9);
        assertThat(ChildColumns.age(born, LocalDate.of(2025, 8, 20))).isEqualTo(10);
        assertThat(ChildColumns.age(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 3, 31))).isNull();
    }

    @Test
    void a_referral_exactly_12_months_after_another_is_a_re_referral_one_a_day_later_is_not() {
        ChildRecord child = child("CF0400")
                .episode(referral(LocalDate.of(2024, 6, 2)).closed(LocalDate.of(2024, 6, 3), ReasonForClosure.RC8))
                .build();

        assertThat(ReferralsList.referralsInTheYearBefore(child, LocalDate.of(2025, 6, 2))).isEqualTo(1);
        assertThat(ReferralsList.referralsInTheYearBefore(child, LocalDate.of(2025, 6, 3))).isZero();
        assertThat(ReferralsList.referralsInTheYearBefore(child, LocalDate.of(2024, 6, 2))).isZero();
    }

    @Test
    void emergency_protection_counts_when_it_lasted_into_the_last_six_months() {
        ChildRecord child = child("CF0401")
                .care(lookedAfterFrom(LocalDate.of(2025, 9, 1), LegalStatus.L2, PlacementType.U6, PlacementProvider.PR1)
                        .legalStatus(LocalDate.of(2025, 9, 30), LegalStatus.C1))
                .build();

        assertThat(ChildProtectionList.emergencyProtectionInSixMonthsTo(child, LocalDate.of(2026, 3, 30))).isTrue();
        assertThat(ChildProtectionList.emergencyProtectionInSixMonthsTo(child, LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void case_status_on_the_day_a_plan_ends_is_what_follows_it() {
        ChildRecord child = child("CF0402")
                .episode(referral(LocalDate.of(2025, 5, 1)).cinPlan(LocalDate.of(2025, 5, 20), LocalDate.of(2025, 9, 1)))
                .build();

        assertThat(ChildrenInNeedList.caseStatus(child, child.cinEpisodes().get(0), LocalDate.of(2025, 8, 31)))
                .isEqualTo(ChildrenInNeedList.CHILD_IN_NEED_PLAN);
        assertThat(ChildrenInNeedList.caseStatus(child, child.cinEpisodes().get(0), LocalDate.of(2025, 9, 1))).isNull();
    }

    @Test
    void a_second_period_of_care_within_12_months_of_the_first_ending_is_flagged() {
        ChildRecord child = child("CF0403")
                .care(lookedAfterFrom(LocalDate.of(2024, 1, 8), LegalStatus.V2, PlacementType.U6, PlacementProvider.PR1)
                        .ceased(LocalDate.of(2025, 2, 1), ReasonCeased.E4A))
                .care(lookedAfterFrom(LocalDate.of(2025, 11, 3), LegalStatus.V2, PlacementType.U6, PlacementProvider.PR1))
                .build();

        AnnexAList list = ChildrenInCareList.build(List.of(child), new AnnexAPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31)));

        int secondPeriod = ChildrenInCareList.HEADINGS.indexOf(
                "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)");
        assertThat(list.rows()).singleElement().satisfies(row -> assertThat(row.get(secondPeriod)).isEqualTo("a) Yes"));
    }

    @Test
    void a_period_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new AnnexAPeriod(LocalDate.of(2026, 3, 31), LocalDate.of(2025, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
