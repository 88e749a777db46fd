package org.caseflow.casework.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.journey.events.earlyhelp.EarlyHelpAssessmentCompleted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDecision;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewHeld;
import org.junit.jupiter.api.Test;

class EarlyHelpWordsTest {

    private static final LocalDate ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 9);

    @Test
    void aStepDownSaysWhereFromAndToWithoutMoreOfSocialCaresWork() {
        assertThat(EarlyHelpWords.started(started(EarlyHelpOrigin.CP_PLAN_STEP_DOWN, "CPP-000004"))).isEqualTo("Stepped down from"
                + " child protection plan CPP-000004 to Early Help (EH-000007). The transfer is due to be accepted by 2026-03-09.");
        assertThat(EarlyHelpWords.started(started(EarlyHelpOrigin.ASSESSMENT_STEP_DOWN, "REF-000003"))).startsWith("Stepped down"
                + " from the child and family assessment of referral REF-000003 to Early Help (EH-000007).");
        assertThat(EarlyHelpWords.started(started(EarlyHelpOrigin.SECTION_47_STEP_DOWN, "REF-000003"))).startsWith("Stepped down"
                + " from the section 47 enquiry of referral REF-000003 to Early Help (EH-000007).");
        assertThat(EarlyHelpWords.started(started(EarlyHelpOrigin.CIN_PLAN_STEP_DOWN, null))).startsWith("Stepped down from a child"
                + " in need plan to Early Help (EH-000007).");
    }

    @Test
    void aStartAtTheFrontDoorOrAtAPartnersRequestSaysHowAndWhenTheAssessmentIsDue() {
        assertThat(EarlyHelpWords.started(started(EarlyHelpOrigin.FRONT_DOOR, null))).isEqualTo("Early Help episode EH-000007"
                + " started from the front door's decision on contact CON-000042. The Early Help assessment is due by 2026-03-09.");
        assertThat(EarlyHelpWords.started(new EarlyHelpEpisodeStarted("EH-000007", "C1", null, null, ON, DUE,
                EarlyHelpOrigin.PARTNER_REQUEST, "Hill Primary School", "Attendance has fallen.", "early-help")))
                .isEqualTo("Early Help episode EH-000007 started at the request of Hill Primary School: Attendance has fallen. The"
                        + " Early Help assessment is due by 2026-03-09.");
    }

    @Test
    void reviewsAndLateAssessmentsAreWordedPlainly() {
        assertThat(EarlyHelpWords.reviewHeld(new EarlyHelpReviewHeld("EH-000007", "C1", ON, DUE, EarlyHelpReviewDecision.CLOSE,
                EarlyHelpClosure.NEEDS_MET, null))).isEqualTo("Team-around-the-family review for Early Help episode EH-000007: the"
                + " episode closes (needs met). Held on or before its due date, 2026-03-09.");
        assertThat(EarlyHelpWords.reviewHeld(new EarlyHelpReviewHeld("EH-000007", "C1", DUE.plusDays(1), DUE,
                EarlyHelpReviewDecision.STEP_UP, null, null))).isEqualTo("Team-around-the-family review for Early Help episode"
                + " EH-000007: Early Help asked children's social care to step up. Held after its due date, 2026-03-09.");
        assertThat(EarlyHelpWords.assessed(new EarlyHelpAssessmentCompleted("EH-000007", "C1", DUE.plusDays(2), DUE, "eh.worker")))
                .isEqualTo("Early Help assessment for EH-000007 completed (lead practitioner eh.worker), after its due date, 2026-03-09.");
    }

    private static EarlyHelpEpisodeStarted started(EarlyHelpOrigin origin, String from) {
        return new EarlyHelpEpisodeStarted("EH-000007", "C1", "CON-000042", from, ON, DUE, origin, null, null, "early-help");
    }
}
