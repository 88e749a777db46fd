package org.caseflow.testsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.AssessmentData;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.caseflow.journey.events.escalation.EscalationData;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.FrontDoorData;

/**
 * Publishes one child's journey to a {@link FeedStub}, event by event, shaped as workflow-service
 * publishes them (front-door.bpmn and assessment.bpmn). Due dates are given by the test, as the
 * feed carries them.
 */
public final class Journeys {

    private final FeedStub feed;
    private final String laChildId;
    private final String contactId;
    private String referralId;
    private String team = "team-north";

    private Journeys(FeedStub feed, String laChildId, String contactId) {
        this.feed = feed;
        this.laChildId = laChildId;
        this.contactId = contactId;
    }

    public static Journeys of(FeedStub feed, String laChildId, String contactId) {
        return new Journeys(feed, laChildId, contactId);
    }

    /** The assessment team the referral goes to (default team-north). */
    public Journeys inTeam(String assessmentTeam) {
        this.team = assessmentTeam;
        return this;
    }

    public JourneyEvent contactReceived(LocalDateTime receivedAt, LocalDate decisionDue, String givenName, String familyName) {
        return publish(ContactReceived.TYPE, receivedAt.toLocalDate(), decisionDue, "front-door", "frontdoor.worker",
                Map.of(JourneyData.CHILD_GIVEN_NAME, givenName, JourneyData.CHILD_FAMILY_NAME, familyName,
                        JourneyData.CHILD_DATE_OF_BIRTH, "2016-04-02", FrontDoorData.CONTACT_SOURCE, "POLICE",
                        FrontDoorData.CONTACT_RECEIVED_AT, receivedAt.toString(),
                        FrontDoorData.CONTACT_REASON, "Police notification of domestic abuse at the home."));
    }

    public JourneyEvent contactDecided(String outcome, LocalDate decidedOn, LocalDate decisionDue) {
        Map<String, Object> data = new HashMap<>(Map.of(FrontDoorData.CONTACT_OUTCOME, outcome,
                FrontDoorData.DECISION_DATE, decidedOn.toString(), FrontDoorData.DECISION_RATIONALE, "Threshold discussed with the duty manager."));
        if (outcome.equals("REFERRAL")) {
            data.put(FrontDoorData.ASSESSMENT_TEAM, team);
        }
        return publish(ContactDecided.TYPE, decidedOn, decisionDue, "front-door", "frontdoor.manager", data);
    }

    public JourneyEvent referralReceived(String referralId, LocalDate referralDate, LocalDate assessmentDue) {
        return referralReceived(referralId, referralDate, assessmentDue, null);
    }

    /** @param primaryNeed the CIN census primary need the front door gave (N1 to N8); null for none */
    public JourneyEvent referralReceived(String referralId, LocalDate referralDate, LocalDate assessmentDue, String primaryNeed) {
        this.referralId = referralId;
        Map<String, Object> data = new HashMap<>(Map.of(AssessmentData.REFERRAL_DATE, referralDate.toString(),
                FrontDoorData.ASSESSMENT_TEAM, team, FrontDoorData.CONTACT_SOURCE, "POLICE"));
        if (primaryNeed != null) {
            data.put(AssessmentData.PRIMARY_NEED, primaryNeed);
        }
        return publish(ReferralReceived.TYPE, referralDate, assessmentDue, team, "frontdoor.manager", data);
    }

    public JourneyEvent allocated(String worker, LocalDate allocatedOn, LocalDate assessmentDue) {
        return publish(SocialWorkerAllocated.TYPE, allocatedOn, assessmentDue, team, "north.manager",
                Map.of(AssessmentData.ALLOCATED_WORKER, worker, AssessmentData.ALLOCATION_DATE, allocatedOn.toString()));
    }

    /**
     * The child's way in that most record tests start from: a contact received on Friday 19 December 2025, referred
     * the next working day (22 December) to this journey's team with the primary need given, and allocated to the
     * worker on 23 December, the assessment due 26 February 2026.
     */
    public Journeys referredAndAllocated(String referralId, String givenName, String familyName, String primaryNeed, String worker) {
        LocalDate referred = LocalDate.of(2025, 12, 22);
        LocalDate assessmentDue = LocalDate.of(2026, 2, 26);
        contactReceived(LocalDateTime.of(2025, 12, 19, 10, 30), referred, givenName, familyName);
        contactDecided("REFERRAL", referred, referred);
        referralReceived(referralId, referred, assessmentDue, primaryNeed);
        allocated(worker, LocalDate.of(2025, 12, 23), assessmentDue);
        return this;
    }

    public JourneyEvent assessmentCompleted(LocalDate startedOn, LocalDate authorisedOn, String outcome, LocalDate assessmentDue) {
        return publish(AssessmentCompleted.TYPE, authorisedOn, assessmentDue, team, "north.worker",
                Map.of(AssessmentData.ASSESSMENT_START_DATE, startedOn.toString(),
                        AssessmentData.ASSESSMENT_AUTHORISED_DATE, authorisedOn.toString(),
                        AssessmentData.ASSESSMENT_OUTCOME, outcome,
                        AssessmentData.ASSESSMENT_SUMMARY, "Seen alone at school; views recorded."));
    }

    public JourneyEvent assessmentOverdue(LocalDate due) {
        return publish("AssessmentOverdue", due, due, team, null, Map.of(EscalationData.ESCALATION, "BREACHED", EscalationData.TIMESCALE, "T3"));
    }

    private JourneyEvent publish(String type, LocalDate occurredOn, LocalDate dueOn, String eventTeam, String worker,
            Map<String, Object> data) {
        return feed.publish(type, laChildId, contactId, referralId, occurredOn, dueOn, eventTeam, worker, data);
    }
}
