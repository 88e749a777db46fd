package org.caseflow.workflow.overdue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.caseflow.journey.events.BusinessDates;

/**
 * Journeys started on the real engine with known deadlines, each for a child of its own, so that a
 * test finds its own tasks among whatever other tests left open.
 */
final class KnownWork {

    private static final AtomicInteger CHILDREN = new AtomicInteger();

    private final RuntimeService runtime;
    private final TaskService tasks;

    KnownWork(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** A new child's assessment, referred on {@code referralDate} and allocated that day; due 45 working days later (T3). */
    String assessmentAllocatedTo(String worker, String team, LocalDate referralDate) {
        String child = "C" + (7_300_000 + CHILDREN.incrementAndGet());
        String instance = runtime.startProcessInstanceByKey("assessment", Map.of("laChildId", child,
                "contactId", "CON-7" + child.substring(3), "childGivenName", "Ola", "childFamilyName", "Nowak",
                "contactSource", "SCHOOL", "referralDate", referralDate.toString(), "assessmentTeam", team)).getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("AllocateSocialWorker")
                .singleResult().getId(), Map.of("allocatedWorker", worker, "allocationDate", referralDate.toString()));
        return child;
    }

    /** A contact about a new child received at {@code receivedAt}, awaiting the front door's decision by the next working day (T1). */
    String contactReceivedAt(String receivedAt) {
        String child = "C" + (7_400_000 + CHILDREN.incrementAndGet());
        runtime.startProcessInstanceByKey("front-door", Map.of("laChildId", child, "childGivenName", "Amy",
                "childFamilyName", "Jones", "contactSource", "POLICE", "contactReceivedAt", receivedAt,
                "contactReason", "Police notification.", "childDateOfBirth", "2016-04-02"));
        return child;
    }

    /** The open task of a child's journey, by its step. */
    String taskOf(String child, String step) {
        return tasks.createTaskQuery().processVariableValueEquals("laChildId", child).taskDefinitionKey(step)
                .singleResult().getId();
    }

    static void clockAt(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(londonTime).atZone(BusinessDates.LONDON).toInstant()));
    }
}
