package org.caseflow.casework.recurringwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** A plan's last visit, on a table shaped like every kind's visits that each test makes and rolls back. */
@CaseworkIntegrationTest
@Transactional
class LastVisitsTest {

    /** As a child's summary records a visit. */
    record Visit(LocalDate visitedOn, boolean childSeen, boolean childSeenAlone) {
    }

    @Autowired
    JdbcClient jdbc;

    LastVisits lastVisits;

    @BeforeEach
    void visitsOfTwoPlans() {
        jdbc.sql("""
                create table some_visit (event_id int primary key, position bigint not null, some_plan_id varchar(30) not null,
                    visited_on date not null, child_seen boolean not null, child_seen_alone boolean not null)""").update();
        lastVisits = new LastVisits(jdbc, "some_visit", "some_plan_id");
    }

    @Test
    void theLatestByItsDateIsTheLastWhateverOrderTheFeedBroughtThem() {
        visit(1, 7, "P-1", "2026-03-10", true, true);
        visit(2, 5, "P-1", "2026-03-12", false, false);
        visit(3, 9, "P-1", "2026-03-11", true, false);
        visit(4, 8, "P-2", "2026-03-20", true, true);

        assertThat(lastVisits.of("P-1", Visit.class)).contains(new Visit(LocalDate.of(2026, 3, 12), false, false));
    }

    @Test
    void ofTwoOnOneDayTheOneTheFeedBroughtLaterIsTheLast() {
        visit(1, 8, "P-1", "2026-03-10", true, false);
        visit(2, 6, "P-1", "2026-03-10", false, false);

        assertThat(lastVisits.of("P-1", Visit.class)).contains(new Visit(LocalDate.of(2026, 3, 10), true, false));
    }

    @Test
    void beforeTheFirstVisitThereIsNone() {
        visit(1, 8, "P-2", "2026-03-10", true, false);

        assertThat(lastVisits.of("P-1", Visit.class)).isEmpty();
    }

    private void visit(int eventId, long position, String planId, String visitedOn, boolean seen, boolean seenAlone) {
        jdbc.sql("insert into some_visit values (:event, :position, :plan, cast(:on as date), :seen, :alone)")
                .param("event", eventId).param("position", position).param("plan", planId).param("on", visitedOn)
                .param("seen", seen).param("alone", seenAlone).update();
    }
}
