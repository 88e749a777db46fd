package org.caseflow.workflow.enginerest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.caseflow.support.web.Problems;
import org.caseflow.support.web.ServletProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API answers 500 when asked to complete or submit a task that does not exist. A
 * missing task is the caller's mistake: this answers 404 before the request reaches the engine.
 * It runs as the signed-in user, so a task they may not see is missing to them too.
 */
class UnknownTaskFilter extends OncePerRequestFilter {

    private static final Pattern TASK_ACTION = Pattern.compile("/engine-rest/task/([^/]+)/(complete|submit-form|resolve|claim|unclaim|assignee)");

    private final TaskService tasks;

    UnknownTaskFilter(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !TASK_ACTION.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher action = TASK_ACTION.matcher(request.getRequestURI());
        action.matches();
        if (tasks.createTaskQuery().taskId(action.group(1)).count() == 0) {
            ServletProblems.write(request, response, Problems.of(HttpStatus.NOT_FOUND, "task-not-found",
                    "There is no open task " + action.group(1) + " that you may work on."));
            return;
        }
        chain.doFilter(request, response);
    }
}
