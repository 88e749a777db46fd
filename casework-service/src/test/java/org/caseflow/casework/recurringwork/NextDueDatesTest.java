package org.caseflow.casework.recurringwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due dates every kind of plan and episode keeps alike, on a table shaped like theirs that each test
 * makes and rolls back with everything else it did.
 */
@CaseworkIntegrationTest
@Transactional
class NextDueDatesTest {

    private static final NextDueDates.Work VISIT = new NextDueDates.Work("next_visit_due_on", "visit_due_counted_from");

    @Autowired
    JdbcClient jdbc;

    NextDueDates nextDue;

    @BeforeEach
    void aPlanWithItsFirstVisitDue() {
        jdbc.sql("create table some_plan (some_plan_id varchar(30) primary key, next_visit_due_on date, visit_due_counted_from date)")
                .update();
        jdbc.sql("insert into some_plan values ('P-1', '2026-02-09', '2026-01-26')").update();
        nextDue = new NextDueDates(jdbc, "some_plan", "some_plan_id", "plan of some kind");
    }

    @Test
    void theCountFromTheLatestOccurrenceWinsWhateverOrderTheCountsArriveIn() {
        nextDue.record(VISIT, "P-1", "C1", date(3, 4), date(3, 18));
        assertThat(nextVisitDue()).isEqualTo(date(3, 18));

        nextDue.record(VISIT, "P-1", "C1", date(2, 4), date(2, 18));
        assertThat(nextVisitDue()).as("an older count applied late, or again, does not move the due date back").isEqualTo(date(3, 18));

        nextDue.record(VISIT, "P-1", "C1", date(3, 4), date(3, 20));
        assertThat(nextVisitDue()).as("a count from the same day is the journey's latest word").isEqualTo(date(3, 20));
    }

    @Test
    void workFallingDueOnAPlanTheRecordDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> nextDue.record(VISIT, "P-NOSUCH", "C1", date(3, 4), date(3, 18)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No plan of some kind P-NOSUCH is recorded for C1");
    }

    private LocalDate nextVisitDue() {
        return jdbc.sql("select next_visit_due_on from some_plan where some_plan_id = 'P-1'").query(LocalDate.class).single();
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
