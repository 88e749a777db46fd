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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What practitioners and managers need in Tasklist: to start a contact and see the journeys' forms,
 * and three shared filters over their teams' work. Each task is visible to its candidate team
 * through the authorization Camunda creates for a candidate group; nothing here widens that.
 * Idempotent: it runs at every start.
 */
@Component
class TasklistSetup {

    private static final List<String> PRACTITIONERS = List.of(CaseflowGroups.SOCIAL_WORKERS, CaseflowGroups.TEAM_MANAGERS);

    private final AccessGrants grants;
    private final FilterService filters;
    private final TaskService tasks;

    TasklistSetup(AccessGrants grants, FilterService filters, TaskService tasks) {
        this.grants = grants;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(PostDeployEvent.class)
    void setUp() {
        for (String group : PRACTITIONERS) {
            grants.grant(group, PROCESS_DEFINITION, "front-door", READ, CREATE_INSTANCE);
            grants.grant(group, PROCESS_DEFINITION, "assessment", READ);
            grants.grant(group, PROCESS_INSTANCE, "*", CREATE);
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
                "variables", List.of(
                        Map.of("name", "laChildId", "label", "LA child id"),
                        Map.of("name", "childFamilyName", "label", "Family name"),
                        Map.of("name", "childGivenName", "label", "Given name"))));
        filters.saveFilter(filter);
        for (String group : PRACTITIONERS) {
            grants.grant(group, FILTER, filter.getId(), READ);
        }
    }
}
