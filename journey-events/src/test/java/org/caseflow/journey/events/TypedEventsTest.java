package org.caseflow.journey.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.escalation.Escalation;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.junit.jupiter.api.Test;

/** Each event's typed reader reads what the journey publishes, and refuses an event that lacks its facts. */
class TypedEventsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 2, 26);

    @Test
    void anAssessmentAuthorisedOnItsDueDayIsInTimeWhenEverItWasTyped() {
        AssessmentCompleted completed = AssessmentCompleted.from(event("AssessmentCompleted", DUE, Map.of(
                "assessmentStartDate", "2026-01-05", "assessmentOutcome", "CHILD_IN_NEED_PLAN", "assessmentSummary", "Seen.")));

        assertThat(completed.inTime()).isTrue();
        assertThat(completed.outcome()).isEqualTo(AssessmentOutcome.CHILD_IN_NEED_PLAN);
        assertThat(completed.outcome().closesTheEpisode()).isFalse();
        assertThat(AssessmentCompleted.from(event("AssessmentCompleted", DUE.plusDays(1), Map.of("assessmentOutcome", "NO_FURTHER_ACTION")))
                .inTime()).isFalse();
    }

    @Test
    void aContactFromASourceNotOnTheListIsFromAnotherSource() {
        ContactReceived received = ContactReceived.from(event("ContactReceived", LocalDate.of(2025, 12, 19), Map.of(
                "contactReceivedAt", "2025-12-19T10:30", "contactSource", "CARRIER_PIGEON")));

        assertThat(received.source()).isEqualTo(ContactSource.OTHER);
        assertThat(received.source().label()).isEqualTo("another source");
    }

    @Test
    void anEventWithoutAFactItsTypeAlwaysCarriesIsRefusedByName() {
        assertThatThrownBy(() -> AssessmentCompleted.from(event("AssessmentCompleted", DUE, Map.of())))
                .hasMessageContaining("assessmentOutcome");
    }

    @Test
    void anEscalationIsReadFromTheDataWhateverTheEventIsCalled() {
        Escalation breach = Escalation.of(event("AnythingOverdue", DUE, Map.of("escalation", "BREACHED", "timescale", "T3"))).orElseThrow();

        assertThat(breach.kind()).isEqualTo(Escalation.Kind.BREACHED);
        assertThat(breach.timescale()).isEqualTo("T3");
        assertThat(Escalation.of(event("ContactDecided", DUE, Map.of("contactOutcome", "REFERRAL")))).isEmpty();
    }

    @Test
    void oversightIsReadFromTheDataWhateverTheEventIsCalled() {
        org.caseflow.journey.events.oversight.Oversight oversight = org.caseflow.journey.events.oversight.Oversight.of(event(
                "AssessmentAuthorisationDecided", DUE, Map.of("oversight", "ASSESSMENT_AUTHORISATION",
                        "oversightDirection", "Add the father's views, then authorise."))).orElseThrow();

        assertThat(oversight.point()).isEqualTo(org.caseflow.journey.events.oversight.DecisionPoint.ASSESSMENT_AUTHORISATION);
        assertThat(oversight.manager()).isEqualTo("north.worker");
        assertThat(oversight.recorded()).isTrue();
        assertThat(org.caseflow.journey.events.oversight.Oversight.of(event("ContactDecided", DUE,
                Map.of("oversight", "CONTACT_DECISION"))).orElseThrow().recorded()).as("no direction in words").isFalse();
        assertThat(org.caseflow.journey.events.oversight.Oversight.of(event("ContactDecided", DUE, Map.of()))).isEmpty();
    }

    @Test
    void anEndorsedEnquiryNamesItsManagerAndAnOlderOneItsWorker() {
        Map<String, Object> enquiry = Map.of("s47StartDate", "2026-01-06", "s47Outcome", "CONCERNS_SUBSTANTIATED",
                "s47Category", "NEGLECT", "s47Decision", "INITIAL_CONFERENCE", "s47CompletedDate", "2026-01-16");
        Map<String, Object> endorsed = new HashMap<>(enquiry);
        endorsed.putAll(Map.of("s47EndorsedDate", "2026-01-19", "s47CompletedBy", "north.social"));

        Section47Completed now = Section47Completed.from(event("Section47Completed", LocalDate.of(2026, 1, 19), endorsed));
        Section47Completed before = Section47Completed.from(event("Section47Completed", LocalDate.of(2026, 1, 16), enquiry));

        assertThat(now.completedOn()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(now.endorsedOn()).isEqualTo(LocalDate.of(2026, 1, 19)).isEqualTo(now.effectiveOn());
        assertThat(now.endorsedBy()).as("the person who published it").isEqualTo("north.worker");
        assertThat(now.completedBy()).isEqualTo("north.social");
        assertThat(before.endorsedOn()).isNull();
        assertThat(before.endorsedBy()).isNull();
        assertThat(before.completedBy()).isEqualTo("north.worker");
        assertThat(before.effectiveOn()).isEqualTo(LocalDate.of(2026, 1, 16));
    }

    private static JourneyEvent event(String type, LocalDate on, Map<String, Object> data) {
        return new JourneyEvent(1, UUID.randomUUID(), type, "C1000001", "CON-000001", "REF-000001", on, Instant.now(), DUE,
                "team-north", "north.worker", data, null);
    }
}
