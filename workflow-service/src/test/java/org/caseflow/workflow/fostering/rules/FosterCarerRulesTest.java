package org.caseflow.workflow.fostering.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class FosterCarerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Predicate<String> KNOWN_IDS = Set.of("FC-0001")::contains;
    private static final Predicate<String> FOSTERING_WORKERS = Set.of("fostering.worker", "kinship.worker")::contains;

    @Test
    void anApprovalNamesANewIdAndAWorkerOfTheFosteringTeamAndHasHappened() {
        assertThatCode(() -> approve("FC-0002", TODAY, "kinship.worker", null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> approve("FC-0001", TODAY, "kinship.worker", null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("FC-0001 is already on the register").extracting("field").isEqualTo("carerId");
        assertThatThrownBy(() -> approve("FC-0002", TODAY, "north.worker", null)).extracting("field").isEqualTo("supervisingWorker");
        assertThatThrownBy(() -> approve("FC-0002", TODAY.plusDays(1), "kinship.worker", null)).extracting("field")
                .isEqualTo("carerApprovalDate");
        assertThatThrownBy(() -> approve("FC-0002", TODAY, "kinship.worker", TODAY.plusDays(1))).extracting("field").isEqualTo("dbsCheckDate");
        assertThatCode(() -> approve("FC-0002", TODAY.minusMonths(1), "kinship.worker", TODAY))
                .as("a check made after an approval recorded late").doesNotThrowAnyException();
    }

    @Test
    void aRenewalFollowsTheCheckItRenewsAndAFirstCheckMayPredateTheApproval() {
        LocalDate last = LocalDate.of(2023, 6, 1);
        assertThatCode(() -> FosterCarerRules.checkDbsCheck(last, last.plusDays(1), TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> FosterCarerRules.checkDbsCheck(last, last, TODAY)).hasMessageContaining("after the check it renews");
        assertThatThrownBy(() -> FosterCarerRules.checkDbsCheck(last, TODAY.plusDays(1), TODAY)).hasMessageContaining("future");
        assertThatCode(() -> FosterCarerRules.checkDbsCheck(null, LocalDate.of(2020, 1, 1), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aVisitIsMadeSinceTheLastAndADeregistrationAfterTheApproval() {
        LocalDate from = LocalDate.of(2026, 5, 1);
        assertThatCode(() -> FosterCarerRules.checkVisit(from, from, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> FosterCarerRules.checkVisit(from, from.minusDays(1), TODAY)).hasMessageContaining("the last visit");
        assertThatThrownBy(() -> FosterCarerRules.checkVisit(from, TODAY.plusDays(1), TODAY)).hasMessageContaining("future");
        assertThatCode(() -> FosterCarerRules.checkDeregistration(from, from, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> FosterCarerRules.checkDeregistration(from, from.minusDays(1), TODAY)).hasMessageContaining("the approval");
    }

    private static void approve(String carerId, LocalDate approvedOn, String worker, LocalDate dbsCheckedOn) {
        FosterCarerRules.checkApproval(new FosterCarerRules.Approval(carerId, approvedOn, worker, dbsCheckedOn), TODAY, KNOWN_IDS,
                FOSTERING_WORKERS);
    }
}
