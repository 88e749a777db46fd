package org.caseflow.workflow.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.workflow.identity.AccessGrants;
import org.caseflow.workflow.registry.Journey;
import org.caseflow.workflow.registry.JourneyRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What practitioners and managers need in Tasklist: to see every journey's forms, to start the
 * journeys their groups start (from the {@link JourneyRegistry}: a new stage needs nothing here),
 * and three shared filters over their teams' work. Each task is visible to its candidate team
 * through the authorization Camunda creates for a candidate group; nothing here widens that.
 * Idempotent: it runs at every start.
 *
 * <p>Each filter orders by due date, soonest first (work with no due date last); the engine applies
 * a filter's order before any order Tasklist asks for, and Tasklist is told to open on the same one
 * ({@code app/caseflow/tasklist-sorting.js}), so its sort heading says what the list does. A task's
 * name says whom it is about ({@link TaskNaming}); the filters' one column is where it stands
 * against its timescale ({@link TimescaleStatus}). Columns of the journey's own variables, such as
 * the child's id, would stay empty: Tasklist reads them with the right to read the whole journey,
 * which a candidate team does not have and should not be given.
 */
@Component
class TasklistSetup {

    private static final List<String> PRACTITIONERS = List.of(CaseflowGroups.SOCIAL_WORKERS, CaseflowGroups.TEAM_MANAGERS);
    /**
     * The filters show each person their own teams' work only, so Early Help practitioners use
     * them too; they see no social care journey (their own, {@code early-help}, names them as its
     * starters, which lets them read it).
     */
    private static final List<String> FILTER_USERS = List.of(CaseflowGroups.SOCIAL_WORKERS, CaseflowGroups.TEAM_MANAGERS,
            CaseflowGroups.EARLY_HELP);

    private final AccessGrants grants;
    private final FilterService filters;
    private final TaskService tasks;
    private final JourneyRegistry registry;

    TasklistSetup(AccessGrants grants, FilterService filters, TaskService tasks, JourneyRegistry registry) {
        this.grants = grants;
        this.filters = filters;
        this.tasks = tasks;
        this.registry = registry;
    }

    @EventListener(PostDeployEvent.class)
    void setUp() {
        // practitioners see every journey's forms and diagrams; those a journey names as its
        // starters may start it (the journey rules allow that only at its start event)
        for (Journey journey : registry.journeys()) {
            for (String group : PRACTITIONERS) {
                grants.grant(group, PROCESS_DEFINITION, journey.key(), READ);
            }
            for (String starters : journey.startedBy()) {
                grants.grant(starters, PROCESS_DEFINITION, journey.key(), READ, CREATE_INSTANCE);
                grants.grant(starters, PROCESS_INSTANCE, "*", CREATE);
            }
        }
        ensureFilter("My teams' work", -10, "All open tasks of your teams, soonest due first",
                teamTasks());
        ensureFilter("At risk", -8, "Statutory work whose at-risk date has passed: due within days",
                teamTasks().followUpBeforeExpression("${now()}"));
        ensureFilter("Overdue", -6, "Statutory work past its due date",
                teamTasks().dueBeforeExpression("${now()}"));
    }

    private TaskQuery teamTasks() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().orderByDueDate().asc();
    }

    private void ensureFilter(String name, int priority, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filter.setQuery(query);
        filter.setProperties(Map.of(
                "priority", priority,
                "description", description,
                "refresh", true,
                "variables", List.of(Map.of("name", TimescaleStatus.VARIABLE, "label", TimescaleStatus.LABEL))));
        filters.saveFilter(filter);
        for (String group : FILTER_USERS) {
            grants.grant(group, FILTER, filter.getId(), READ);
        }
    }
}
