package org.caseflow.casework.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.caseflow.journey.events.fostering.CarerType;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** How a household's DBS check and visits are judged on a day, and what the register's filter takes. */
class FosterCarerTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 16);

    @Test
    void aDbsCheckIsInDateUpToAndIncludingItsRenewalDay() {
        assertThat(FosterCarer.Dbs.on(DUE, DUE.minusYears(3), DUE, false).inDate()).isTrue();
        assertThat(FosterCarer.Dbs.on(DUE.plusDays(1), DUE.minusYears(3), DUE, false).inDate()).isFalse();
        assertThat(FosterCarer.Dbs.on(DUE.plusDays(1), DUE.minusYears(3), DUE, false).recorded()).isTrue();
    }

    @Test
    void noCheckRecordedIsNeverInDateEvenOnTheDayItIsDue() {
        FosterCarer.Dbs none = FosterCarer.Dbs.on(DUE, null, DUE, false);
        assertThat(none.recorded()).isFalse();
        assertThat(none.inDate()).isFalse();
    }

    @Test
    void aCheckWithNoRenewalDateKnownIsNotClaimedInDate() {
        assertThat(FosterCarer.Dbs.on(DUE, DUE.minusDays(10), null, false).inDate()).isFalse();
    }

    @Test
    void aVisitIsOverdueFromTheDayAfterItsDueDay() {
        assertThat(FosterCarer.SupervisionVisits.on(DUE, null, DUE, false).overdue()).isFalse();
        assertThat(FosterCarer.SupervisionVisits.on(DUE.plusDays(1), null, DUE, false).overdue()).isTrue();
    }

    @Test
    void aDeregisteredHouseholdHasNothingDueInDateOrOverdue() {
        FosterCarer.Dbs dbs = FosterCarer.Dbs.on(DUE.plusYears(5), DUE.minusYears(3), DUE, true);
        assertThat(dbs.renewalDueOn()).isNull();
        assertThat(dbs.inDate()).isNull();
        assertThat(dbs.lastCheckedOn()).as("what was done stays").isEqualTo(DUE.minusYears(3));
        FosterCarer.SupervisionVisits visits = FosterCarer.SupervisionVisits.on(DUE.plusYears(5), DUE.minusDays(40), DUE, true);
        assertThat(visits.nextDueOn()).isNull();
        assertThat(visits.overdue()).isNull();
        assertThat(visits.lastVisitOn()).isEqualTo(DUE.minusDays(40));
    }

    @Test
    void theFilterTakesTheContractsTypesAndTheStatusWordsExactly() {
        assertThat(RegisterFilter.of(null, null)).isEqualTo(new RegisterFilter(Optional.empty(), Optional.empty()));
        assertThat(RegisterFilter.of("KINSHIP", "deregistered"))
                .isEqualTo(new RegisterFilter(Optional.of(CarerType.KINSHIP), Optional.of(CarerStatus.DEREGISTERED)));
        assertThatThrownBy(() -> RegisterFilter.of("IN-HOUSE", null)).isInstanceOf(ErrorResponseException.class)
                .satisfies(refused -> assertThat(((ErrorResponseException) refused).getStatusCode().value()).isEqualTo(400));
        assertThatThrownBy(() -> RegisterFilter.of(null, "APPROVED")).isInstanceOf(ErrorResponseException.class);
    }
}
