package org.caseflow.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.childprotection.AbuseCategory;
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

    private static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.ofEntries(
            Map.entry("contactOutcome", ContactOutcome.class),
            Map.entry("contactSource", ContactSource.class),
            Map.entry("assessmentOutcome", AssessmentOutcome.class),
            Map.entry("concernCategory", AbuseCategory.class),
            Map.entry("strategyDecision", StrategyDecision.class),
            Map.entry("s47Outcome", Section47Outcome.class),
            Map.entry("s47Category", AbuseCategory.class),
            Map.entry("s47Decision", Section47Decision.class),
            Map.entry("icpcDecision", IcpcDecision.class),
            Map.entry("planCategory", AbuseCategory.class),
            Map.entry("reviewDecision", ReviewDecision.class),
            Map.entry("planEndReason", PlanEndReason.class));

    @Test
    void everyChoiceOffersExactlyItsEnumsValues() throws IOException {
        for (Resource resource : journeyResources("forms/*.form")) {
            FormContract form = FormContract.parse(resource.getInputStream().readAllBytes());
            for (FormField field : form.fields()) {
                if (field.choices() != null && !field.choices().isEmpty()) {
                    assertThat(CHOICES).as(resource.getFilename() + " " + field.key() + ": a fixed choice is an enum's").containsKey(field.key());
                    Set<String> values = Arrays.stream(CHOICES.get(field.key()).getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
                    assertThat(field.choices()).as(resource.getFilename() + " " + field.key()).containsExactlyInAnyOrderElementsOf(values);
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
