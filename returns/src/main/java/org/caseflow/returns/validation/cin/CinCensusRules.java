package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.returns.validation.ValidationRule;

/** The CIN census rules Caseflow implements, by the order the census lists its items in. */
public final class CinCensusRules {

    private CinCensusRules() {
    }

    public static List<ValidationRule> all() {
        return List.of(
                new Rule1510UpnCheckLetter(),
                new Rule1530UpnLaNumber(),
                new Rule1540UpnCharacters5To12NotNumeric(),
                new Rule1550UpnCharacter13NotRecognised(),
                new Rule1560QFormerUpnWronglyFormatted(),
                new Rule8790DisabilityNoneWithOthers(),
                new Rule8794DisabilityRecordedTwice(),
                new Rule8606ReferralLongBeforeBirth(),
                new Rule8610PrimaryNeedMissing(),
                new Rule8630ClosureBeforeReferral(),
                new Rule8805ClosureWithoutReason(),
                new Rule8820OverlappingEpisodes(),
                new Rule1103AssessmentBeforeReferral(),
                new Rule8608AssessmentAuthorisedBeforeStart(),
                new Rule2889Section47BeforeReferral(),
                new Rule8615Section47StartAfterIcpc(),
                new Rule8870QIcpcTargetOnWeekend(),
                new Rule8875IcpcOnWeekend(),
                new Rule2885PlanStartNotOnIcpc(),
                new Rule8925PlanEndBeforeStart(),
                new Rule8840PlanStartsAndEndsSameDay(),
                new Rule8935MoreThanOneOpenPlan(),
                new Rule8940OverlappingPlans(),
                new Rule8841ReviewOnOrBeforePlanStart());
    }
}
