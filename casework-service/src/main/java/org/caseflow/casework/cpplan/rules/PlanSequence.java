package org.caseflow.casework.cpplan.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each of a child's child protection plans falls among them: which number plan it is and,
 * for a second or later plan (a repeat plan, as the DfE counts them), whether it started within 2
 * years of the previous plan ending. Plans are taken in the order they started. Only the plans the
 * case record holds are counted.
 */
public final class PlanSequence {

    /** How far back a previous plan's end makes a new plan a repeat "within 2 years". */
    static final int REPEAT_WINDOW_YEARS = 2;

    private PlanSequence() {
    }

    /** @param endedOn null while the plan is open, or when its end was never recorded */
    public record Plan(String cpPlanId, LocalDate startedOn, LocalDate endedOn) {
    }

    /**
     * @param number                       1 for the child's first plan
     * @param previousPlanEndedOn          when the plan before it ended; null for a first plan, or when that end is not recorded
     * @param withinTwoYearsOfPreviousPlan false for a first plan; null for a repeat whose previous plan's end is not recorded
     */
    public record Place(int number, LocalDate previousPlanEndedOn, Boolean withinTwoYearsOfPreviousPlan) {

        public boolean repeat() {
            return number > 1;
        }
    }

    /** Each plan's place, by its id. */
    public static Map<String, Place> of(List<Plan> plans) {
        List<Plan> inOrder = plans.stream()
                .sorted(Comparator.comparing(Plan::startedOn).thenComparing(Plan::cpPlanId)).toList();
        Map<String, Place> places = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Plan plan = inOrder.get(i);
            if (i == 0) {
                places.put(plan.cpPlanId(), new Place(1, null, false));
                continue;
            }
            LocalDate previousEnded = inOrder.get(i - 1).endedOn();
            places.put(plan.cpPlanId(), new Place(i + 1, previousEnded,
                    previousEnded == null ? null : withinTwoYears(previousEnded, plan.startedOn())));
        }
        return places;
    }

    /**
     * On or before the same date 2 years after the previous plan ended (a plan ended on 29 February
     * reaches to 28 February); a plan started before the previous one ended is within it too.
     */
    static boolean withinTwoYears(LocalDate previousEndedOn, LocalDate startedOn) {
        return !startedOn.isAfter(previousEndedOn.plusYears(REPEAT_WINDOW_YEARS));
    }
}
