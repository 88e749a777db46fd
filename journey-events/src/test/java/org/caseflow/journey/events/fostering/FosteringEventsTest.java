package org.caseflow.journey.events.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.junit.jupiter.api.Test;

/** A foster carer's events read as the journey publishes them: no child, the carer's id, type and worker on each. */
class FosteringEventsTest {

    private static final LocalDate DUE = LocalDate.of(2027, 2, 28);

    @Test
    void aCarerApprovedWithoutADbsCheckHasNoneRecorded() {
        FosterCarerApproved approved = FosterCarerApproved.from(event(FosterCarerApproved.TYPE, LocalDate.of(2026, 3, 2), null,
                Map.of("carerHouseholdName", "The Nowak household", "carerApprovalDate", "2026-03-02")));

        assertThat(approved.carerId()).isEqualTo("FC-0042");
        assertThat(approved.type()).isEqualTo(CarerType.KINSHIP);
        assertThat(approved.dbsRecorded()).isFalse();
        assertThat(approved.approvedBy()).isEqualTo("fostering.manager");
        assertThat(FosterCarerApproved.from(event(FosterCarerApproved.TYPE, LocalDate.of(2026, 3, 2), null,
                Map.of("carerHouseholdName", "The Nowak household", "dbsCheckDate", "2025-11-20"))).dbsCheckedOn())
                .isEqualTo(LocalDate.of(2025, 11, 20));
    }

    @Test
    void aCheckOrVisitOnItsDueDayIsInTimeAndOneADayLaterIsNot() {
        CarerDbsChecked checked = CarerDbsChecked.from(event(CarerDbsChecked.TYPE, DUE, DUE, Map.of("dbsRenewalDueOn", "2030-02-28")));
        assertThat(checked.inTime()).isTrue();
        assertThat(checked.renewalDueOn()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(CarerDbsChecked.from(event(CarerDbsChecked.TYPE, DUE.plusDays(1), DUE, Map.of())).inTime()).isFalse();
        assertThat(CarerSupervisionVisitMade.from(event(CarerSupervisionVisitMade.TYPE, DUE.plusDays(1), DUE, Map.of())).inTime()).isFalse();
        assertThat(CarerSupervisionVisitMade.from(event(CarerSupervisionVisitMade.TYPE, DUE, DUE, Map.of())).inTime()).isTrue();
    }

    @Test
    void workFallingDueSaysWhatAndWhetherAnyHasBeenDone() {
        CarerWorkDue firstCheck = CarerWorkDue.from(event(CarerWorkDue.DBS_CHECK_DUE, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
                Map.of()));
        assertThat(firstCheck.work()).isEqualTo(CarerWorkDue.Work.DBS_CHECK);
        assertThat(firstCheck.lastDoneOn()).as("none recorded at approval").isNull();
        assertThat(firstCheck.inTimeOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(firstCheck.inTimeOn(LocalDate.of(2026, 3, 3))).isFalse();
        CarerWorkDue nextVisit = CarerWorkDue.from(event(CarerWorkDue.SUPERVISION_VISIT_DUE, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 21), Map.of("carerVisitDate", "2026-03-10", "dbsCheckDate", "2020-01-01")));
        assertThat(nextVisit.work()).isEqualTo(CarerWorkDue.Work.SUPERVISION_VISIT);
        assertThat(nextVisit.lastDoneOn()).as("the visit's own date, not the DBS check's").isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(nextVisit.countedFrom()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> CarerWorkDue.from(event("ClaVisitDue", DUE, DUE, Map.of()))).hasMessageContaining("ClaVisitDue");
    }

    @Test
    void deregistrationSaysWhyAndAnEventWithoutTheCarerIsRefusedByName() {
        FosterCarerDeregistered deregistered = FosterCarerDeregistered.from(event(FosterCarerDeregistered.TYPE, LocalDate.of(2026, 9, 1),
                null, Map.of("deregistrationReason", "PERMANENCE_ORDER")));
        assertThat(deregistered.reason().label()).contains("special guardianship");
        Map<String, Object> noCarer = new HashMap<>(Map.of("carerType", "IN_HOUSE", "supervisingWorker", "fostering.worker"));
        assertThatThrownBy(() -> CarerSupervisionVisitMade.from(new JourneyEvent(1, UUID.randomUUID(), CarerSupervisionVisitMade.TYPE, null,
                null, null, DUE, Instant.now(), DUE, "team-fostering", "fostering.worker", noCarer, null))).hasMessageContaining("carerId");
    }

    private static JourneyEvent event(String type, LocalDate on, LocalDate due, Map<String, Object> data) {
        Map<String, Object> carried = new HashMap<>(Map.of("carerId", "FC-0042", "carerType", "KINSHIP", "supervisingWorker", "kinship.worker"));
        carried.putAll(data);
        return new JourneyEvent(1, UUID.randomUUID(), type, null, null, null, on, Instant.now(), due, "team-fostering",
                "fostering.manager", carried, null);
    }
}
