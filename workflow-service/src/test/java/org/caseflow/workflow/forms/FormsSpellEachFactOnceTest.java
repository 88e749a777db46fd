package org.caseflow.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The forms say nothing the code says otherwise: a choice's values are its enum's, the directory
 * offers the teams, and the statutory rules' numbers come from the timescales.
 */
class FormsSpellEachFactOnceTest {

    private static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.of(
            "contactOutcome", ContactOutcome.class,
            "contactSource", ContactSource.class,
            "assessmentOutcome", AssessmentOutcome.class);

    @ParameterizedTest
    @ValueSource(strings = {"contact-received", "decide-on-contact", "allocate-social-worker", "complete-assessment",
            "review-overdue-work"})
    void aChoiceOffersExactlyItsEnumsValues(String formId) throws IOException {
        FormContract form = FormContract.parse(read("forms/" + formId + ".form").getBytes(StandardCharsets.UTF_8));

        for (FormField field : form.fields()) {
            if (CHOICES.containsKey(field.key())) {
                Set<String> values = Arrays.stream(CHOICES.get(field.key()).getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
                assertThat(field.choices()).as(formId + " " + field.key()).containsExactlyInAnyOrderElementsOf(values);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"forms/*.form", "bpmn/*.bpmn"})
    void noFormOrModelNamesATeamOrAStatutoryNumber(String pattern) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
            if (resource.getURL().toString().contains("test-classes")) {
                continue; // examples for tests, not the journeys
            }
            String text = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).as(resource.getFilename()).doesNotContain("team-north", "team-south", "45 working days");
        }
    }

    private static String read(String path) throws IOException {
        try (InputStream in = FormsSpellEachFactOnceTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
