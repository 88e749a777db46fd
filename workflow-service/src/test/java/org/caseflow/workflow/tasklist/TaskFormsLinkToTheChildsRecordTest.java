package org.caseflow.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every form a child's task shows links to the child's record, so that nobody decides about a child
 * without the record a click away, and a new stage cannot forget to: each user task's form in every
 * journey about a child (one that declares no other {@value TaskSubject#PROPERTY}), read from the
 * BPMN, has the same link, hidden where a shared form serves a task about no child.
 */
class TaskFormsLinkToTheChildsRecordTest {

    private static final String LINK = "[Open {{childGivenName}} {{childFamilyName}}'s record](/children/{{laChildId}})";
    private static final String HIDDEN_WITHOUT_A_CHILD = "=laChildId = null";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

    @Test
    void everyFormOfAChildsTaskLinksToTheChildsRecord() throws IOException {
        Map<String, Set<String>> childForms = formsOfChildTasks();
        assertThat(childForms).as("the forms of the children's journeys' tasks")
                .containsKeys("decide-on-contact", "complete-assessment", "record-cp-visit", "record-cla-visit", "review-overdue-work");

        for (Map.Entry<String, Set<String>> form : childForms.entrySet()) {
            assertThat(linksIn(form.getKey())).as(form.getKey() + ", the form of " + form.getValue())
                    .singleElement().satisfies(link -> {
                        assertThat(link.path("text").asText()).isEqualTo(LINK);
                        assertThat(link.path("conditional").path("hide").asText()).isEqualTo(HIDDEN_WITHOUT_A_CHILD);
                    });
        }
    }

    @Test
    void theLinkSitsJustBelowWhatTheFormIsAbout() throws IOException {
        for (String form : formsOfChildTasks().keySet()) {
            JsonNode components = form(form).path("components");
            assertThat(components.get(1).path("text").asText()).as(form).isEqualTo(LINK);
        }
    }

    /** Each form used by a user task of a journey about a child, with the tasks that use it. */
    private static Map<String, Set<String>> formsOfChildTasks() throws IOException {
        Map<String, Set<String>> forms = new TreeMap<>();
        for (Resource bpmn : RESOURCES.getResources("classpath*:bpmn/*.bpmn")) {
            BpmnModelInstance model;
            try (InputStream in = bpmn.getInputStream()) {
                model = Bpmn.readModelFromStream(in);
            }
            // one journey to a file; its user tasks, those inside sub-processes included
            Process journey = model.getModelElementsByType(Process.class).iterator().next();
            if (declaresAnotherSubject(journey)) {
                continue;
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getCamundaFormRef() != null) {
                    forms.computeIfAbsent(task.getCamundaFormRef(), form -> new TreeSet<>()).add(journey.getId() + "/" + task.getId());
                }
            }
        }
        return forms;
    }

    private static boolean declaresAnotherSubject(Process journey) {
        return journey.getExtensionElements() != null && journey.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .anyMatch(property -> TaskSubject.PROPERTY.equals(property.getCamundaName()));
    }

    private static List<JsonNode> linksIn(String form) throws IOException {
        List<JsonNode> links = new ArrayList<>();
        form(form).path("components").forEach(component -> {
            if ("text".equals(component.path("type").asText()) && component.path("text").asText().contains("/children/")) {
                links.add(component);
            }
        });
        return links;
    }

    private static JsonNode form(String name) throws IOException {
        try (InputStream in = RESOURCES.getResource("classpath:forms/" + name + ".form").getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
