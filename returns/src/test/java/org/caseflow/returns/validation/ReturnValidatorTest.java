package org.caseflow.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.ICPC;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.fixtures.Journeys;
import org.caseflow.returns.record.AbuseCategory;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.ReasonForClosure;
import org.junit.jupiter.api.Test;

class ReturnValidatorTest {

    private final ReturnValidator validator = ReturnValidator.withAllRules();

    @Test
    void a_full_journey_recorded_as_it_should_be_breaks_no_rule() {
        assertThat(validator.validate(Journeys.fullJourney(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void seeded_errors_are_reported_with_the_dfe_code_and_message_and_where_they_are() {
        ChildRecord seeded = child("CF0900").episode(referral(LocalDate.of(2025, 6, 2)).primaryNeed(null)
                        .section47(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 7, 11), LocalDate.of(2025, 6, 19))
                        .cpPlan(LocalDate.of(2025, 6, 19), null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT, LocalDate.of(2025, 6, 18)))
                .build();

        List<RuleFailure> failures = validator.validate(seeded, YEAR_2025_26);

        assertThat(failures).extracting(RuleFailure::code).containsExactlyInAnyOrder("8610", "8615", "8841");
        assertThat(failures).filteredOn(failure -> failure.code().equals("8615")).singleElement().satisfies(failure -> {
            assertThat(failure.message()).isEqualTo(
                    "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference");
            assertThat(failure.statutoryReturn()).isEqualTo(StatutoryReturn.CIN_CENSUS);
            assertThat(failure.laChildId()).isEqualTo("CF0900");
            assertThat(failure.location()).isEqualTo("CINdetails referred 2025-06-02 / Section47 started 2025-06-20");
        });
    }

    @Test
    void an_error_in_an_episode_of_another_year_is_that_years_concern() {
        ChildRecord child = child("CF0901").episode(referral(LocalDate.of(2023, 5, 2)).primaryNeed(null)
                .closed(LocalDate.of(2023, 9, 1), ReasonForClosure.RC7)).build();

        assertThat(validator.validate(child, YEAR_2025_26)).isEmpty();
        assertThat(validator.validate(child, new FinancialYear(2023))).extracting(RuleFailure::code).containsExactly("8610");
    }

    @Test
    void every_child_gets_its_failures_in_la_child_id_order() {
        ChildRecord clean = Journeys.fullJourney();
        ChildRecord broken = child("CF0000").episode(referral(LocalDate.of(2025, 6, 2))
                .section47(LocalDate.of(2025, 6, 20), null, ICPC)
                .cpPlan(ICPC.plusDays(1), null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT)).build();

        Map<String, List<RuleFailure>> failures = validator.validate(List.of(clean, broken), YEAR_2025_26);

        assertThat(failures.keySet()).containsExactly("CF0000", "CF0001");
        assertThat(failures.get("CF0000")).extracting(RuleFailure::code).containsExactly("2885");
        assertThat(failures.get("CF0001")).isEmpty();
    }

    @Test
    void every_rule_has_its_own_number_and_a_message() {
        assertThat(validator.rules()).extracting(ValidationRule::code).doesNotHaveDuplicates();
        assertThat(validator.rules()).allSatisfy(rule -> assertThat(rule.message()).isNotBlank());
    }

    @Test
    void every_rule_is_listed_in_the_documentation_with_its_message() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "returns.md"));

        assertThat(validator.rules()).allSatisfy(rule -> {
            assertThat(docs).contains("| " + rule.code() + " |");
            assertThat(docs).contains(rule.message());
        });
    }
}
