package org.caseflow.journey.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class BusinessDatesTest {

    @Test
    void aDateIsTheDayItNames() {
        assertThat(BusinessDates.parseDate("2025-12-22")).isEqualTo(LocalDate.of(2025, 12, 22));
    }

    @Test
    void aLocalDateTimeIsTheDayInLondon() {
        assertThat(BusinessDates.parseDate("2025-12-19T23:30")).isEqualTo(LocalDate.of(2025, 12, 19));
    }

    @Test
    void anInstantLateInTheUtcDayInSummerIsTheNextDayInLondon() {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July
        assertThat(BusinessDates.parseDate("2025-06-30T23:30:00Z")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(BusinessDates.parseDate("2025-12-30T23:30:00Z")).isEqualTo(LocalDate.of(2025, 12, 30));
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> BusinessDates.parseDate("22/12/2025")).isInstanceOf(DateTimeParseException.class);
    }
}
