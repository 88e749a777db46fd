package org.caseflow.casework.childpage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from the record into Tasklist, which the gateway serves beside the record.
 *
 * <p>A child's open tasks: Tasklist's own search, carried in its address ({@code searchQuery}, the
 * form its search box writes there), for the journeys' process variable {@code laChildId}. Tasklist
 * opens its first filter ("My teams' work", open tasks of the person's teams, soonest due first)
 * with the search applied, so the person sees the child's tasks that they may see, and no others.
 * The id goes in quoted: Tasklist's search reads a bare value of digits as a number, which would
 * never equal the text the journeys keep.
 */
final class TasklistLinks {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/";

    private TasklistLinks() {
    }

    /** @param laChildId letters and digits only, as every id that opens a record is */
    static String openTasksOf(String laChildId) {
        String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"'" + laChildId
                + "'\",\"name\":\"laChildId\"}]";
        return TASKLIST + "?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
    }
}
