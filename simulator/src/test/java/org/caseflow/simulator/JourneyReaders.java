package org.caseflow.simulator;

import java.util.Map;
import java.util.function.Function;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpAssessmentCompleted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewHeld;
import org.caseflow.journey.events.earlyhelp.EarlyHelpTransferAccepted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.PlacementChanged;
import org.caseflow.journey.events.workforce.SupervisionDue;
import org.caseflow.journey.events.workforce.SupervisionHeld;

/** The typed reader of the journey event contract for each type of step the simulator takes. */
final class JourneyReaders {

    static final Map<String, Function<JourneyEvent, Object>> BY_TYPE = Map.ofEntries(
            Map.entry(ContactReceived.TYPE, ContactReceived::from),
            Map.entry(ContactDecided.TYPE, ContactDecided::from),
            Map.entry(ReferralReceived.TYPE, ReferralReceived::from),
            Map.entry(SocialWorkerAllocated.TYPE, SocialWorkerAllocated::from),
            Map.entry(AssessmentCompleted.TYPE, AssessmentCompleted::from),
            Map.entry(StrategyDiscussionHeld.TYPE, StrategyDiscussionHeld::from),
            Map.entry(Section47Completed.TYPE, Section47Completed::from),
            Map.entry(IcpcHeld.TYPE, IcpcHeld::from),
            Map.entry(CpPlanStarted.TYPE, CpPlanStarted::from),
            Map.entry(CpVisitMade.TYPE, CpVisitMade::from),
            Map.entry(CpPlanWorkDue.VISIT_DUE, CpPlanWorkDue::from),
            Map.entry(ReviewConferenceHeld.TYPE, ReviewConferenceHeld::from),
            Map.entry(CinPlanStarted.TYPE, CinPlanStarted::from),
            Map.entry(CinVisitMade.TYPE, CinVisitMade::from),
            Map.entry(CinPlanWorkDue.VISIT_DUE, CinPlanWorkDue::from),
            Map.entry(CinReviewHeld.TYPE, CinReviewHeld::from),
            Map.entry(EarlyHelpEpisodeStarted.TYPE, EarlyHelpEpisodeStarted::from),
            Map.entry(EarlyHelpTransferAccepted.TYPE, EarlyHelpTransferAccepted::from),
            Map.entry(EarlyHelpAssessmentCompleted.TYPE, EarlyHelpAssessmentCompleted::from),
            Map.entry(EarlyHelpReviewHeld.TYPE, EarlyHelpReviewHeld::from),
            Map.entry(StepUpDecided.TYPE, StepUpDecided::from),
            Map.entry(EarlyHelpEpisodeClosed.TYPE, EarlyHelpEpisodeClosed::from),
            Map.entry(CareStarted.TYPE, CareStarted::from),
            Map.entry(PlacementChanged.TYPE, PlacementChanged::from),
            Map.entry(ClaVisitMade.TYPE, ClaVisitMade::from),
            Map.entry(ClaWorkDue.VISIT_DUE, ClaWorkDue::from),
            Map.entry(ClaReviewHeld.TYPE, ClaReviewHeld::from),
            Map.entry(CareCeased.TYPE, CareCeased::from),
            Map.entry(SupervisionDue.TYPE, SupervisionDue::from),
            Map.entry(SupervisionHeld.TYPE, SupervisionHeld::from));

    private JourneyReaders() {
    }
}
