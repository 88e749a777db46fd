package org.caseflow.workflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;
import org.caseflow.journey.events.childprotection.CoreGroupHeld;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.EndorsementDecision;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.Section47EndorsementDecided;
import org.caseflow.journey.events.childprotection.Section47Submitted;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpAssessmentCompleted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDue;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpTransferAccepted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;
import org.caseflow.journey.events.escalation.Escalation;
import org.caseflow.journey.events.fostering.CarerDbsChecked;
import org.caseflow.journey.events.fostering.CarerSupervisionVisitMade;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.journey.events.fostering.CarerWorkDue;
import org.caseflow.journey.events.fostering.DeregistrationReason;
import org.caseflow.journey.events.fostering.FosterCarerApproved;
import org.caseflow.journey.events.fostering.FosterCarerDeregistered;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.PlacementChanged;
import org.caseflow.journey.events.lookedafter.PlacementPlanAgreed;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the journeys publish reads with the typed readers every consumer uses: the contract between
 * the BPMN's declarations and casework-service and kpi-service, held on the producer's side.
 */
@WorkflowIntegrationTest
class PublishedEventsReadTest {

    private static final Map<String, Function<JourneyEvent, Object>> READERS = Map.ofEntries(
            Map.entry(ContactReceived.TYPE, ContactReceived::from),
            Map.entry(ContactDecided.TYPE, ContactDecided::from),
            Map.entry(ReferralReceived.TYPE, ReferralReceived::from),
            Map.entry(SocialWorkerAllocated.TYPE, SocialWorkerAllocated::from),
            Map.entry(AssessmentCompleted.TYPE, AssessmentCompleted::from),
            Map.entry(org.caseflow.journey.events.assessment.AssessmentSubmitted.TYPE,
                    org.caseflow.journey.events.assessment.AssessmentSubmitted::from),
            Map.entry(org.caseflow.journey.events.assessment.AssessmentAuthorisationDecided.TYPE,
                    org.caseflow.journey.events.assessment.AssessmentAuthorisationDecided::from),
            Map.entry(StrategyDiscussionHeld.TYPE, StrategyDiscussionHeld::from),
            Map.entry(Section47Completed.TYPE, Section47Completed::from),
            Map.entry(Section47Submitted.TYPE, Section47Submitted::from),
            Map.entry(Section47EndorsementDecided.TYPE, Section47EndorsementDecided::from),
            Map.entry(IcpcHeld.TYPE, IcpcHeld::from),
            Map.entry(CpPlanStarted.TYPE, CpPlanStarted::from),
            Map.entry(CpVisitMade.TYPE, CpVisitMade::from),
            Map.entry(CpPlanWorkDue.VISIT_DUE, CpPlanWorkDue::from),
            Map.entry(CoreGroupHeld.TYPE, CoreGroupHeld::from),
            Map.entry(CpPlanWorkDue.CORE_GROUP_DUE, CpPlanWorkDue::from),
            Map.entry(ReviewConferenceHeld.TYPE, ReviewConferenceHeld::from),
            Map.entry(CpPlanWorkDue.REVIEW_CONFERENCE_DUE, CpPlanWorkDue::from),
            Map.entry(CinPlanStarted.TYPE, CinPlanStarted::from),
            Map.entry(CinVisitMade.TYPE, CinVisitMade::from),
            Map.entry(CinPlanWorkDue.VISIT_DUE, CinPlanWorkDue::from),
            Map.entry(CinReviewHeld.TYPE, CinReviewHeld::from),
            Map.entry(CinPlanWorkDue.REVIEW_DUE, CinPlanWorkDue::from),
            Map.entry(EarlyHelpEpisodeStarted.TYPE, EarlyHelpEpisodeStarted::from),
            Map.entry(EarlyHelpTransferAccepted.TYPE, EarlyHelpTransferAccepted::from),
            Map.entry(EarlyHelpAssessmentCompleted.TYPE, EarlyHelpAssessmentCompleted::from),
            Map.entry(EarlyHelpReviewDue.TYPE, EarlyHelpReviewDue::from),
            Map.entry(EarlyHelpReviewHeld.TYPE, EarlyHelpReviewHeld::from),
            Map.entry(StepUpDecided.TYPE, StepUpDecided::from),
            Map.entry(EarlyHelpEpisodeClosed.TYPE, EarlyHelpEpisodeClosed::from),
            Map.entry(CareStarted.TYPE, CareStarted::from),
            Map.entry(ClaVisitMade.TYPE, ClaVisitMade::from),
            Map.entry(ClaWorkDue.VISIT_DUE, ClaWorkDue::from),
            Map.entry(ClaReviewHeld.TYPE, ClaReviewHeld::from),
            Map.entry(ClaWorkDue.REVIEW_DUE, ClaWorkDue::from),
            Map.entry(PlacementChanged.TYPE, PlacementChanged::from),
            Map.entry(PlacementPlanAgreed.TYPE, PlacementPlanAgreed::from),
            Map.entry(CareCeased.TYPE, CareCeased::from),
            Map.entry(FosterCarerApproved.TYPE, FosterCarerApproved::from),
            Map.entry(CarerWorkDue.DBS_CHECK_DUE, CarerWorkDue::from),
            Map.entry(CarerDbsChecked.TYPE, CarerDbsChecked::from),
            Map.entry(CarerWorkDue.SUPERVISION_VISIT_DUE, CarerWorkDue::from),
            Map.entry(CarerSupervisionVisitMade.TYPE, CarerSupervisionVisitMade::from),
            Map.entry(FosterCarerDeregistered.TYPE, FosterCarerDeregistered::from));

    @Autowired
    JourneyFeed feed;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @Test
    void everyEventOfAJourneyReadsAsItsTypeSays() {
        long cursor = endOfFeed();
        ProcessInstance contact = runtime.startProcessInstanceByKey("front-door", withVariables("childGivenName", "Tia",
                "childFamilyName", "Read", "childDateOfBirth", "2015-05-05", "contactSource", "SCHOOL",
                "contactReceivedAt", "2025-12-19T10:30", "contactReason", "Teacher's concern."));
        management.executeJob(management.createJobQuery().processInstanceId(contact.getId()).timers().singleResult().getId());
        complete(contact, "DecideOnContact", withVariables("contactOutcome", "REFERRAL", "decisionDate", "2025-12-22",
                "decisionRationale", "Assess.", "assessmentTeam", "team-north", "primaryNeed", "N4", "referrerFollowUp", "NOT_TOLD",
                "referrerNotToldReason", "Told at the strategy discussion instead."));
        ProcessInstance referral = runtime.createProcessInstanceQuery().superProcessInstanceId(contact.getId()).singleResult();
        complete(referral, "AllocateSocialWorker", withVariables("allocatedWorker", "north.worker", "allocationDate", "2025-12-23"));
        complete(referral, "CompleteAssessment", withVariables("assessmentStartDate", "2026-01-05",
                "assessmentSubmittedDate", "2026-02-02", "assessmentOutcome", "CHILD_IN_NEED_PLAN", "assessmentSummary", "Seen.",
                "primaryNeed", "N1"));
        complete(referral, "AuthoriseAssessment", withVariables("authorisationDecision", "AUTHORISE", "oversightDate", "2026-02-02",
                "managerDirection", "Plan agreed."));

        List<JourneyEvent> published = feed.read(cursor, 500).events();

        assertThat(published).extracting(JourneyEvent::type).containsExactly("ContactReceived", "ContactDecisionOverdue",
                "ContactDecided", "RecordedInTime", "ReferralReceived", "SocialWorkerAllocated", "AssessmentSubmitted", "AssessmentAuthorisationDecided",
                "AssessmentCompleted", "CinPlanStarted");
        for (JourneyEvent event : published) {
            Escalation.of(event).ifPresentOrElse(
                    escalation -> assertThat(escalation.timescale()).as(event.type()).isEqualTo("T1"),
                    () -> assertThat(READERS.get(event.type()).apply(event)).as(event.type()).isNotNull());
        }
        assertThat(ContactReceived.from(published.get(0)).source()).isEqualTo(ContactSource.SCHOOL);
        assertThat(Escalation.of(published.get(1)).orElseThrow().kind()).isEqualTo(Escalation.Kind.BREACHED);
        assertThat(ContactDecided.from(published.get(2)).outcome()).isEqualTo(ContactOutcome.REFERRAL);
        assertThat(Escalation.of(published.get(3)).orElseThrow().kind()).isEqualTo(Escalation.Kind.RECORDED_IN_TIME);
        assertThat(ReferralReceived.from(published.get(4)).assessmentDueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(ReferralReceived.from(published.get(4)).team()).isEqualTo("team-north");
        assertThat(ReferralReceived.from(published.get(4)).primaryNeed()).as("as the front door gave it").isEqualTo(CategoryOfNeed.N4);
        assertThat(SocialWorkerAllocated.from(published.get(5)).team()).as("the team of record, not its managers").isEqualTo("team-north");
        AssessmentCompleted completed = AssessmentCompleted.from(published.get(8));
        assertThat(completed.outcome()).isEqualTo(AssessmentOutcome.CHILD_IN_NEED_PLAN);
        assertThat(completed.inTime()).isTrue();
        assertThat(completed.primaryNeed()).as("as the assessment revised it").isEqualTo(CategoryOfNeed.N1);
        CinPlanStarted plan = CinPlanStarted.from(published.get(9));
        assertThat(plan.referralId()).isEqualTo(referral.getBusinessKey());
        assertThat(plan.firstVisitDueOn()).as("20 working days after 2 February 2026").isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void everyEventOfTheChildProtectionPathwayReadsAsItsTypeSays() {
        long cursor = endOfFeed();
        ProcessInstance contact = runtime.startProcessInstanceByKey("front-door", withVariables("childGivenName", "Kai",
                "childFamilyName", "Read", "childDateOfBirth", "2014-03-03", "contactSource", "POLICE",
                "contactReceivedAt", "2025-12-19T10:30", "contactReason", "Police report of injuries."));
        complete(contact, "DecideOnContact", withVariables("contactOutcome", "STRATEGY_DISCUSSION", "decisionDate", "2025-12-19",
                "decisionRationale", "Injuries to a child.", "assessmentTeam", "team-north", "referrerFollowUp", "NOT_TOLD", "referrerNotToldReason", "Told at the strategy discussion instead."));
        ProcessInstance referral = runtime.createProcessInstanceQuery().superProcessInstanceId(contact.getId()).singleResult();
        ProcessInstance childProtection = runtime.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(childProtection.getId()).timers().singleResult().getId());
        complete(childProtection, "HoldStrategyDiscussion", withVariables("strategyDate", "2025-12-22", "strategyPolice", true,
                "strategyHealth", true, "strategyEducation", false, "concernCategory", "PHYSICAL_ABUSE",
                "strategyDecision", "SECTION_47", "strategyRationale", "Police and health agree."));
        complete(childProtection, "CompleteSection47Enquiry", withVariables("childSeenDate", "2025-12-22",
                "s47Outcome", "CONCERNS_SUBSTANTIATED", "s47Category", "PHYSICAL_ABUSE", "s47Decision", "INITIAL_CONFERENCE",
                "s47CompletedDate", "2026-01-08"));
        complete(childProtection, "EndorseSection47Outcome", withVariables("s47EndorsementDecision", "ENDORSE",
                "oversightDate", "2026-01-09", "managerDirection", "Conference agreed."));
        complete(childProtection, "HoldInitialConference", withVariables("icpcDate", "2026-01-15", "icpcChair", "Chair",
                "icpcDecision", "CHILD_PROTECTION_PLAN", "planCategory", "PHYSICAL_ABUSE", "leadSocialWorker", "north.worker"));
        ProcessInstance plan = runtime.createProcessInstanceQuery().superProcessInstanceId(childProtection.getId()).singleResult();
        complete(plan, "RecordCpVisit", withVariables("visitDate", "2026-01-20", "childSeen", true, "childSeenAlone", true));
        complete(plan, "HoldCoreGroup", withVariables("coreGroupDate", "2026-01-22"));
        complete(plan, "HoldReviewConference", withVariables("reviewConferenceDate", "2026-04-10", "reviewDecision", "CONTINUE_PLAN"));
        complete(plan, "HoldReviewConference", withVariables("reviewConferenceDate", "2026-09-01", "reviewDecision", "END_PLAN",
                "planEndReason", "STEP_DOWN_TO_CHILD_IN_NEED", "managerDirection", "Step down agreed."));

        List<JourneyEvent> published = feed.read(cursor, 500).events();

        assertThat(published).extracting(JourneyEvent::type).containsExactly("ContactReceived", "ContactDecided",
                "ReferralReceived", "StrategyDiscussionOverdue", "StrategyDiscussionHeld", "RecordedInTime", "Section47Submitted",
                "Section47EndorsementDecided", "Section47Completed", "IcpcHeld", "CpPlanStarted", "CpVisitMade", "CpVisitDue",
                "CoreGroupHeld", "CoreGroupDue", "ReviewConferenceHeld", "ReviewConferenceDue", "ReviewConferenceHeld", "CinPlanStarted");
        for (JourneyEvent event : published) {
            Escalation.of(event).ifPresentOrElse(
                    escalation -> assertThat(escalation.timescale()).as(event.type()).isEqualTo("T2"),
                    () -> assertThat(READERS.get(event.type()).apply(event)).as(event.type()).isNotNull());
        }
        assertThat(published.subList(2, published.size())).allSatisfy(event ->
                assertThat(event.referralId()).as(event.type() + " sits in the referral episode").isEqualTo(referral.getBusinessKey()));
        assertThat(StrategyDiscussionHeld.from(published.get(4)).decision().startsAnEnquiry()).isTrue();
        assertThat(Section47Submitted.from(published.get(6)).proposedDecision()).isEqualTo(Section47Decision.INITIAL_CONFERENCE);
        assertThat(Section47EndorsementDecided.from(published.get(7)).decision()).isEqualTo(EndorsementDecision.ENDORSE);
        Section47Completed enquiry = Section47Completed.from(published.get(8));
        assertThat(enquiry.startedOn()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(enquiry.completedOn()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(enquiry.endorsedOn()).isEqualTo(LocalDate.of(2026, 1, 9));
        IcpcHeld icpc = IcpcHeld.from(published.get(9));
        assertThat(icpc.dueOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(icpc.inTime()).as("held on day 15").isTrue();
        CpPlanStarted started = CpPlanStarted.from(published.get(10));
        assertThat(started.cpPlanId()).isEqualTo(plan.getBusinessKey());
        assertThat(started.firstReviewConferenceDueOn()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(CpVisitMade.from(published.get(11)).inTime()).isTrue();
        assertThat(CpPlanWorkDue.from(published.get(14)).dueOn()).isEqualTo(LocalDate.of(2026, 2, 19));
        ReviewConferenceHeld last = ReviewConferenceHeld.from(published.get(17));
        assertThat(last.endsThePlan()).isTrue();
        assertThat(last.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).as("the plan's work ended").isZero();
        CinPlanStarted steppedDown = CinPlanStarted.from(published.get(18));
        assertThat(steppedDown.startedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(steppedDown.leadWorker()).isEqualTo("north.worker");
    }

    @Test
    void everyEventOfAChildInNeedPlanSteppedDownToEarlyHelpAndSteppedUpAgainReadsAsItsTypeSays() {
        long cursor = endOfFeed();
        ProcessInstance referral = runtime.startProcessInstanceByKey("assessment", withVariables("laChildId", "C9000070",
                "contactId", "CON-900070", "childGivenName", "Ivy", "childFamilyName", "Read", "contactSource", "HEALTH",
                "referralDate", "2026-01-05", "assessmentTeam", "team-north"));
        complete(referral, "AllocateSocialWorker", withVariables("allocatedWorker", "north.worker", "allocationDate", "2026-01-05"));
        complete(referral, "CompleteAssessment", withVariables("assessmentStartDate", "2026-01-05",
                "assessmentSubmittedDate", "2026-01-30", "assessmentOutcome", "CHILD_IN_NEED_PLAN", "assessmentSummary", "Seen."));
        complete(referral, "AuthoriseAssessment", withVariables("authorisationDecision", "AUTHORISE", "oversightDate", "2026-01-30",
                "managerDirection", "Plan agreed."));
        ProcessInstance plan = runtime.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).singleResult();
        complete(plan, "RecordCinVisit", withVariables("cinVisitDate", "2026-02-10", "cinChildSeen", true, "cinChildSeenAlone", false));
        complete(plan, "HoldCinReview", withVariables("cinReviewDate", "2026-04-20", "cinReviewDecision", "CONTINUE_PLAN"));
        complete(plan, "HoldCinReview", withVariables("cinReviewDate", "2026-05-04", "cinReviewDecision", "END_PLAN",
                "cinPlanEndReason", "STEP_DOWN_TO_EARLY_HELP", "stepDownNeeds", "Routines.", "stepDownOutcomes", "School every day.",
                "stepDownLead", "eh.worker", "managerDirection", "Step down agreed."));
        ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("early-help")
                .variableValueEquals("ehSteppedDownFrom", plan.getBusinessKey()).singleResult();
        complete(episode, "AcceptTransfer", withVariables("ehTransferAcceptedDate", "2026-05-06", "ehLeadPractitioner", "eh.worker"));
        complete(episode, "CompleteEarlyHelpAssessment", withVariables("ehAssessmentDate", "2026-05-20"));
        complete(episode, "HoldFamilyReview", withVariables("ehReviewDate", "2026-06-24", "ehReviewDecision", "STEP_UP",
                "stepUpReason", "Neglect again."));
        ProcessInstance contact = runtime.createProcessInstanceQuery().processDefinitionKey("front-door")
                .variableValueEquals("ehEpisodeId", episode.getBusinessKey()).singleResult();
        complete(contact, "DecideOnContact", withVariables("contactOutcome", "REFERRAL", "decisionDate", "2026-06-25",
                "decisionRationale", "Re-referral.", "assessmentTeam", "team-north", "referrerFollowUp", "NOT_TOLD", "referrerNotToldReason", "Told at the strategy discussion instead."));

        List<JourneyEvent> published = feed.read(cursor, 500).events().stream()
                .filter(event -> "C9000070".equals(event.laChildId()) && Escalation.of(event).isEmpty()).toList();

        assertThat(published).extracting(JourneyEvent::type).containsExactly("ReferralReceived", "SocialWorkerAllocated",
                "AssessmentSubmitted", "AssessmentAuthorisationDecided", "AssessmentCompleted", "CinPlanStarted", "CinVisitMade", "CinVisitDue", "CinReviewHeld", "CinReviewDue",
                "CinReviewHeld", "EarlyHelpEpisodeStarted", "EarlyHelpTransferAccepted", "EarlyHelpAssessmentCompleted",
                "EarlyHelpReviewDue", "EarlyHelpReviewHeld", "ContactReceived", "ContactDecided", "StepUpDecided",
                "EarlyHelpEpisodeClosed", "ReferralReceived");
        published.forEach(event -> assertThat(READERS.get(event.type()).apply(event)).as(event.type()).isNotNull());
        assertThat(CinReviewHeld.from(published.get(10)).endReason()).isEqualTo(CinPlanEndReason.STEP_DOWN_TO_EARLY_HELP);
        EarlyHelpEpisodeStarted steppedDown = EarlyHelpEpisodeStarted.from(published.get(11));
        assertThat(steppedDown.isStepDown()).isTrue();
        assertThat(steppedDown.steppedDownFrom()).isEqualTo(plan.getBusinessKey());
        assertThat(steppedDown.team()).isEqualTo("early-help");
        assertThat(published.subList(11, 16)).as("Early Help's events are not social care's referral's")
                .allSatisfy(event -> assertThat(event.referralId()).isNull());
        assertThat(ContactReceived.from(published.get(16)).source()).isEqualTo(ContactSource.EARLY_HELP);
        assertThat(StepUpDecided.from(published.get(18)).accepted()).isTrue();
        assertThat(EarlyHelpEpisodeClosed.from(published.get(19)).closure()).isEqualTo(EarlyHelpClosure.STEPPED_UP);
        assertThat(published.get(20).referralId()).as("a new referral").isNotEqualTo(referral.getBusinessKey());
    }

    @Test
    void everyEventOfAPeriodOfCareReadsAsItsTypeSays() {
        long cursor = endOfFeed();
        runtime.createMessageCorrelation("CareRequested").setVariables(withVariables("laChildId", "C9000090", "referralId", "REF-900090",
                "childGivenName", "Cal", "childFamilyName", "Read", "childDateOfBirth", "2012-02-02", "assessmentTeam", "team-north",
                "careEntryRoute", "CP_PLAN", "careRequestedOn", "2026-01-05")).correlateStartMessage();
        ProcessInstance care = runtime.createProcessInstanceQuery().processDefinitionKey("looked-after")
                .variableValueEquals("laChildId", "C9000090").singleResult();
        complete(care, "RecordEntryToCare", withVariables("careStartDate", "2026-01-05", "legalStatus", "C2", "categoryOfNeed", "N1",
                "careTeam", "team-cic", "placementType", "U6", "placementProvider", "PR1", "placementPostcodeDistrict", "SE9",
                "placementUntilEighteen", true, "placementEmergency", false));
        complete(care, "RecordClaVisit", withVariables("claVisitDate", "2026-01-09", "claChildSeen", true, "claChildSeenAlone", false));
        complete(care, "HoldClaReview", withVariables("claReviewDate", "2026-01-30", "independentReviewingOfficer", "J. Reviewer"));
        complete(care, "RecordPlacementChange", withVariables("placementStartDate", "2026-02-10", "placementType", "K2",
                "placementProvider", "PR4", "placementPostcodeDistrict", "ME1", "placementUntilEighteen", false, "placementEmergency", true,
                "placementChangeReason", "CREQB"));
        complete(care, "AgreePlacementPlan", withVariables("placementPlanDate", "2026-02-13"));
        complete(care, "RecordCareCeased", withVariables("careCeasedDate", "2026-03-02", "reasonCeased", "E4A"));

        List<JourneyEvent> published = feed.read(cursor, 500).events().stream()
                .filter(event -> "C9000090".equals(event.laChildId()) && Escalation.of(event).isEmpty()).toList();

        assertThat(published).extracting(JourneyEvent::type).containsExactly("CareStarted", "ClaVisitMade", "ClaVisitDue",
                "ClaReviewHeld", "ClaReviewDue", "PlacementChanged", "ClaVisitDue", "PlacementPlanAgreed", "CareCeased");
        published.forEach(event -> assertThat(READERS.get(event.type()).apply(event)).as(event.type()).isNotNull());
        CareStarted started = CareStarted.from(published.get(0));
        assertThat(started.firstPlacement().type()).isEqualTo(PlacementType.U6);
        assertThat(started.firstPlacement().untilEighteen()).isTrue();
        assertThat(started.firstReviewDueOn()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(started.team()).isEqualTo("team-cic");
        PlacementChanged moved = PlacementChanged.from(published.get(5));
        assertThat(moved.placement().provider()).isEqualTo(PlacementProvider.PR4);
        assertThat(moved.visitDueOn()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(PlacementPlanAgreed.from(published.get(7)).inTime()).isTrue();
        assertThat(CareCeased.from(published.get(8)).reason().kind()).isEqualTo(ReasonCeased.Kind.RETURNED_HOME);
    }

    @Test
    void everyEventOfAFosterCarerReadsAsItsTypeSays() {
        long cursor = endOfFeed();
        ProcessInstance carer = runtime.startProcessInstanceByKey("foster-carer", withVariables("carerId", "FC-9090",
                "carerHouseholdName", "The Read household", "carerType", "KINSHIP", "carerApprovalDate", "2026-02-02",
                "supervisingWorker", "kinship.worker"));
        complete(carer, "RecordDbsCheck", withVariables("dbsCheckDate", "2026-02-02"));
        complete(carer, "RecordCarerSupervisionVisit", withVariables("carerVisitDate", "2026-03-02"));
        complete(carer, "RecordCarerDeregistered", withVariables("deregistrationDate", "2026-05-01",
                "deregistrationReason", "CHILD_LEFT_THEIR_CARE"));

        List<JourneyEvent> published = feed.read(cursor, 500).events().stream()
                .filter(event -> "FC-9090".equals(event.data().get("carerId"))).toList();

        assertThat(published).extracting(JourneyEvent::type).containsExactly("FosterCarerApproved", "CarerDbsCheckDue",
                "CarerSupervisionVisitDue", "CarerDbsChecked", "CarerDbsCheckDue", "CarerSupervisionVisitMade", "CarerSupervisionVisitDue",
                "FosterCarerDeregistered");
        published.forEach(event -> assertThat(READERS.get(event.type()).apply(event)).as(event.type()).isNotNull());
        assertThat(published).allSatisfy(event -> {
            assertThat(event.laChildId()).as("a carer's events concern no child").isNull();
            assertThat(event.team()).isEqualTo("team-fostering");
        });
        FosterCarerApproved approved = FosterCarerApproved.from(published.get(0));
        assertThat(approved.type()).isEqualTo(CarerType.KINSHIP);
        assertThat(approved.dbsRecorded()).isFalse();
        CarerWorkDue firstCheck = CarerWorkDue.from(published.get(1));
        assertThat(firstCheck.work()).isEqualTo(CarerWorkDue.Work.DBS_CHECK);
        assertThat(firstCheck.dueOn()).as("at once").isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(firstCheck.lastDoneOn()).isNull();
        CarerWorkDue firstVisit = CarerWorkDue.from(published.get(2));
        assertThat(firstVisit.work()).isEqualTo(CarerWorkDue.Work.SUPERVISION_VISIT);
        assertThat(firstVisit.countedFrom()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(firstVisit.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        CarerDbsChecked checked = CarerDbsChecked.from(published.get(3));
        assertThat(checked.inTime()).isTrue();
        assertThat(checked.renewalDueOn()).isEqualTo(LocalDate.of(2029, 2, 2));
        CarerWorkDue renewal = CarerWorkDue.from(published.get(4));
        assertThat(renewal.lastDoneOn()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(renewal.dueOn()).isEqualTo(LocalDate.of(2029, 2, 2));
        CarerSupervisionVisitMade visit = CarerSupervisionVisitMade.from(published.get(5));
        assertThat(visit.inTime()).isTrue();
        assertThat(visit.supervisingWorker()).isEqualTo("kinship.worker");
        assertThat(CarerWorkDue.from(published.get(6)).dueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(FosterCarerDeregistered.from(published.get(7)).reason()).isEqualTo(DeregistrationReason.CHILD_LEFT_THEIR_CARE);
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> form) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult().getId(), form);
    }

    private long endOfFeed() {
        long position = 0;
        for (var page = feed.read(0, 500); ; page = feed.read(position, 500)) {
            position = page.lastPosition();
            if (!page.hasMore()) {
                return position;
            }
        }
    }
}
