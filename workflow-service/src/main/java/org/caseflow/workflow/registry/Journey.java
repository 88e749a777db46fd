package org.caseflow.workflow.registry;

import java.util.List;

/**
 * One journey as its BPMN declares it: the registry every other part reads, so that a new stage
 * is known to Tasklist, the overdue views and the docs by being deployed.
 *
 * @param startedBy the groups whose people start it by hand ({@code camunda:candidateStarterGroups});
 *                  empty for a journey started by the journey before it
 * @param steps     its user tasks, and the statutory timers that escalate them
 */
public record Journey(String key, String name, String description, List<String> startedBy, List<Step> steps) {

    /**
     * @param kind      {@code task} or {@code timer}
     * @param timescale for a timer (and the task that reviews what it found), the rule it times
     */
    public record Step(String id, String name, String kind, String timescale) {
    }
}
