package org.caseflow.workflow.tasklist;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings every open task's {@link TimescaleStatus} up to date: at start-up (after any demo data,
 * which is dated back), and at a minute past every hour. Deadlines end at midnight, London time,
 * so the hourly run changes a status soon after the day does, and a missed run is made good within
 * the hour. A task whose due date was moved out of danger loses its status. Only what changed is
 * written. Runs as the application, on every node alike: a task two nodes write at once is left to
 * the one that wins.
 */
@Component
class TimescaleStatusRefresh {

    private static final Logger log = LoggerFactory.getLogger(TimescaleStatusRefresh.class);

    private final TaskService tasks;
    private final TimescaleStatus status;

    TimescaleStatusRefresh(TaskService tasks, TimescaleStatus status) {
        this.tasks = tasks;
        this.status = status;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void atStartUp() {
        try {
            refresh();
        } catch (RuntimeException notRefreshed) {
            // a node must start whatever its tasks are doing (its database out of reach, say); the hourly run makes it good
            log.warn("The timescale status of open tasks was not refreshed at start-up; the hourly run will: {}", notRefreshed.toString());
        }
    }

    @Scheduled(cron = "${caseflow.tasks.timescale-status-refresh:0 1 * * * *}", zone = "Europe/London")
    synchronized void refresh() {
        Date now = ClockUtil.getCurrentTime();
        List<Task> late = tasks.createTaskQuery().active().or().dueBefore(now).followUpBefore(now).endOr().list();
        late.forEach(task -> keep(task.getId(), status.of(task.getDueDate(), task.getFollowUpDate())));
        Set<String> stillLate = late.stream().map(Task::getId).collect(Collectors.toSet());
        tasks.createTaskQuery().active().taskVariableValueLike(TimescaleStatus.VARIABLE, "%").list().stream()
                .filter(task -> !stillLate.contains(task.getId()))
                .forEach(task -> keep(task.getId(), Optional.empty()));
    }

    private void keep(String taskId, Optional<String> current) {
        try {
            Object kept = tasks.getVariableLocal(taskId, TimescaleStatus.VARIABLE);
            if (current.isEmpty() && kept != null) {
                tasks.removeVariableLocal(taskId, TimescaleStatus.VARIABLE);
            } else if (current.isPresent() && !current.get().equals(kept)) {
                tasks.setVariableLocal(taskId, TimescaleStatus.VARIABLE, current.get());
            }
        } catch (RuntimeException e) {
            // completed meanwhile, or written by another node: the next run sees it as it then is. A task whose
            // journey ended between the query and this read fails in the engine with a NullPointerException, not a
            // ProcessEngineException, as the task's execution is gone: seen on a node starting while another completed tasks
            log.debug("Timescale status of task {} left for the next run: {}", taskId, e.toString());
        }
    }
}
