package org.caseflow.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinReviewDecision;
import org.caseflow.journey.events.childprotection.AbuseCategory;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDecision;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.journey.events.fostering.DeregistrationReason;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementChangeReason;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.ReviewDecision;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.Section47Outcome;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The forms say nothing the code says otherwise: a choice's values are its enum's, the directory
 * offers the teams, and the statutory rules' numbers come from the timescales.
 */
class FormsSpellEachFactOnceTest {

    private static final Map<String, Set<String>> CHOICES = Map.ofEntries(
            Map.entry("contactOutcome", valuesOf(ContactOutcome.class)),
            Map.entry("contactSource", valuesOf(ContactSource.class)),
            Map.entry("contactChannel", valuesOf(org.caseflow.journey.events.frontdoor.ContactChannel.class)),
            Map.entry("emergencyAction", valuesOf(org.caseflow.journey.events.frontdoor.EmergencyAction.class)),
            Map.entry("referrerFollowUp", valuesOf(org.caseflow.journey.events.frontdoor.ReferrerFollowUp.class)),
            Map.entry("assessmentOutcome", valuesOf(AssessmentOutcome.class)),
            Map.entry("authorisationDecision", valuesOf(org.caseflow.journey.events.assessment.AuthorisationDecision.class)),
            Map.entry("concernCategory", valuesOf(AbuseCategory.class)),
            Map.entry("strategyDecision", valuesOf(StrategyDecision.class)),
            Map.entry("s47Outcome", valuesOf(Section47Outcome.class)),
            Map.entry("s47Category", valuesOf(AbuseCategory.class)),
            Map.entry("s47Decision", valuesOf(Section47Decision.class)),
            Map.entry("s47EndorsementDecision", valuesOf(org.caseflow.journey.events.childprotection.EndorsementDecision.class)),
            Map.entry("icpcDecision", valuesOf(IcpcDecision.class)),
            Map.entry("planCategory", valuesOf(AbuseCategory.class)),
            Map.entry("reviewDecision", valuesOf(ReviewDecision.class)),
            Map.entry("planEndReason", valuesOf(PlanEndReason.class)),
            Map.entry("cinReviewDecision", valuesOf(CinReviewDecision.class)),
            Map.entry("cinPlanEndReason", valuesOf(CinPlanEndReason.class)),
            Map.entry("ehReviewDecision", valuesOf(EarlyHelpReviewDecision.class)),
            Map.entry("legalStatus", valuesOf(LegalStatus.class)),
            Map.entry("categoryOfNeed", valuesOf(CategoryOfNeed.class)),
            // the CIN census primary need is a category of need too, for a referral rather than a period of care
            Map.entry("primaryNeed", valuesOf(CategoryOfNeed.class)),
            Map.entry("placementType", valuesOf(PlacementType.class)),
            Map.entry("placementProvider", valuesOf(PlacementProvider.class)),
            Map.entry("placementChangeReason", valuesOf(PlacementChangeReason.class)),
            Map.entry("reasonCeased", valuesOf(ReasonCeased.class)),
            Map.entry("carerType", valuesOf(CarerType.class)),
            Map.entry("deregistrationReason", valuesOf(DeregistrationReason.class)),
            // a direct entry to care: the routes from social care's own stages come by their hand-offs
            Map.entry("careEntryRoute", Set.of(CareEntryRoute.POLICE_PROTECTION.name(), CareEntryRoute.REMAND.name(),
                    CareEntryRoute.UNACCOMPANIED_CHILD.name(), CareEntryRoute.ACCOMMODATED.name())),
            // an episode is closed as stepped up only by the front door accepting it, never by a review
            Map.entry("ehClosure", EnumSet.complementOf(EnumSet.of(EarlyHelpClosure.STEPPED_UP)).stream().map(Enum::name)
                    .collect(Collectors.toSet())));

    @Test
    void everyChoiceOffersExactlyItsEnumsValues() throws IOException {
        for (Resource resource : journeyResources("forms/*.form")) {
            FormContract form = FormContract.parse(resource.getInputStream().readAllBytes());
            for (FormField field : form.fields()) {
                if (field.choices() != null && !field.choices().isEmpty()) {
                    assertThat(CHOICES).as(resource.getFilename() + " " + field.key() + ": a fixed choice is an enum's").containsKey(field.key());
                    assertThat(field.choices()).as(resource.getFilename() + " " + field.key())
                            .containsExactlyInAnyOrderElementsOf(CHOICES.get(field.key()));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"forms/*.form", "bpmn/*.bpmn"})
    void noFormOrModelNamesATeamOrAStatutoryNumber(String pattern) throws IOException {
        for (Resource resource : journeyResources(pattern)) {
            String text = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).as(resource.getFilename()).doesNotContain("team-north", "team-south", "45 working days");
        }
    }

    private static Set<String> valuesOf(Class<? extends Enum<?>> choices) {
        return Arrays.stream(choices.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    /** The journeys' own forms or models, not examples that tests deploy. */
    private static List<Resource> journeyResources(String pattern) throws IOException {
        List<Resource> found = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
            if (!resource.getURL().toString().contains("test-classes")) {
                found.add(resource);
            }
        }
        assertThat(found).as(pattern).isNotEmpty();
        return found;
    }
}
