package org.caseflow.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** A journey about a child names the child; the journeys about someone else are tested on the engine ({@link TaskNamingTest}). */
class TaskSubjectTest {

    private static final TaskSubject THE_CHILD = new TaskSubject(null);

    @Test
    void aChildIsNamedByNameAndLaChildId() {
        VariableScope journey = journey(Map.of("laChildId", "C1000123", "childGivenName", "Jack", "childFamilyName", "Walker"));

        assertThat(THE_CHILD.describe(journey, "DecideOnContact")).isEqualTo("Jack Walker (C1000123)");
    }

    @Test
    void aChildWhoseNamesAreNotKnownIsNamedByTheLaChildIdAlone() {
        assertThat(THE_CHILD.describe(journey(Map.of("laChildId", "C1000124", "childFamilyName", "Walker")), "DecideOnContact"))
                .isEqualTo("Walker (C1000124)");
        assertThat(THE_CHILD.describe(journey(Map.of("laChildId", "C1000125", "childGivenName", " ")), "DecideOnContact"))
                .isEqualTo("C1000125");
    }

    @Test
    void aJourneyThatDoesNotKnowItsChildAndSaysOfNobodyElseIsRefused() {
        assertThatThrownBy(() -> THE_CHILD.describe(journey(Map.of("childGivenName", "Jack")), "RecordSomething"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RecordSomething")
                .hasMessageContaining("camunda:property taskSubject");
    }

    private static VariableScope journey(Map<String, Object> variables) {
        VariableScope scope = mock(VariableScope.class);
        variables.forEach((name, value) -> when(scope.getVariable(name)).thenReturn(value));
        return scope;
    }
}
