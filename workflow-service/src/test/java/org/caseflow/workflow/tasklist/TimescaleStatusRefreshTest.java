package org.caseflow.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.caseflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The refresh against tasks that other nodes complete while it runs; what it writes is tested on the
 * engine ({@link TimescaleStatusTest}). A node started under load once failed to start: a task listed
 * by the refresh had its journey ended by another node before its status was read, and the engine
 * answered the read with a NullPointerException.
 */
class TimescaleStatusRefreshTest {

    private final TaskService tasks = mock(TaskService.class);
    private final TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
    private final TimescaleStatusRefresh refresh = new TimescaleStatusRefresh(tasks,
            new TimescaleStatus(WorkingDayCalendar.englandAndWales()));

    @Test
    void aTaskWhoseJourneyEndedMeanwhileIsLeftForTheNextRunAndTheOthersAreStillKept() {
        Task ended = overdue("ended");
        Task open = overdue("open");
        when(tasks.createTaskQuery()).thenReturn(query);
        when(query.list()).thenReturn(List.of(ended, open), List.of());
        when(tasks.getVariableLocal("ended", TimescaleStatus.VARIABLE)).thenThrow(new NullPointerException("processInstance is null"));

        assertThatCode(refresh::atStartUp).doesNotThrowAnyException();
        verify(tasks).setVariableLocal(eq("open"), eq(TimescaleStatus.VARIABLE), anyString()); // "… working days late"
    }

    @Test
    void aRefreshThatFailsAtStartUpDoesNotStopTheNodeStarting() {
        when(tasks.createTaskQuery()).thenThrow(new IllegalStateException("the database cannot be reached"));

        assertThatCode(refresh::atStartUp).doesNotThrowAnyException();
    }

    private static Task overdue(String id) {
        Task task = mock(Task.class);
        when(task.getId()).thenReturn(id);
        when(task.getDueDate()).thenReturn(Date.from(Instant.parse("2025-01-06T23:59:59Z")));
        return task;
    }
}
