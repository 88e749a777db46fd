package org.caseflow.workflow.lookedafter.rules;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_CEASED_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_START_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_TEAM;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_REVIEW_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_VISIT_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.INDEPENDENT_REVIEWING_OFFICER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_PLAN_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_POSTCODE_DISTRICT;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_START_DATE;

import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RecurringWorkRules;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What a period of care must say (Care Planning, Placement and Case Review (England) Regulations
 * 2010): its start and first placement, each change of placement, the plan of an emergency
 * placement (rule T20), the visits (regulation 28, rules T12-T14), the reviews (regulation 33,
 * T17-T19, each chaired by an independent reviewing officer) and its end.
 */
public final class LookedAfterRules {

    /** A postcode district only ({@code SE9}, {@code M1}, {@code EC1A}): a placement's address is never recorded here. */
    private static final Pattern POSTCODE_DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    private LookedAfterRules() {
    }

    /** @param requestedOn the day social care decided the child should be looked after */
    public record Entry(LocalDate requestedOn, LocalDate startedOn, String careTeam, String postcodeDistrict) {
    }

    /** @param currentSince the day the current placement started */
    public record PlacementChange(LocalDate currentSince, LocalDate startsOn, String postcodeDistrict) {
    }

    /** On or after the decision, not in the future; held by a care team; the placement's district, not its address. */
    public static void checkEntry(Entry entry, LocalDate today, Predicate<String> isCareTeam) {
        BusinessDateRules.requireHappened(CARE_START_DATE, entry.startedOn(), today);
        BusinessDateRules.requireNotBefore(CARE_START_DATE, entry.startedOn(), "the decision that the child be looked after",
                entry.requestedOn());
        if (entry.careTeam() == null || !isCareTeam.test(entry.careTeam())) {
            throw new RuleViolation(CARE_TEAM, "A looked-after child's case is held by one of the children in care teams.");
        }
        checkPostcodeDistrict(entry.postcodeDistrict());
    }

    public static void checkPlacementChange(PlacementChange change, LocalDate today) {
        BusinessDateRules.requireHappened(PLACEMENT_START_DATE, change.startsOn(), today);
        BusinessDateRules.requireNotBefore(PLACEMENT_START_DATE, change.startsOn(), "the start of the current placement",
                change.currentSince());
        checkPostcodeDistrict(change.postcodeDistrict());
    }

    public static void checkPlacementPlan(LocalDate placedOn, LocalDate agreedOn, LocalDate today) {
        BusinessDateRules.requireHappened(PLACEMENT_PLAN_DATE, agreedOn, today);
        BusinessDateRules.requireNotBefore(PLACEMENT_PLAN_DATE, agreedOn, "the placement", placedOn);
    }

    public static void checkVisit(RecurringWorkRules.Visit visit, LocalDate today) {
        RecurringWorkRules.checkVisit(visit, CLA_VISIT_DATE, CLA_CHILD_SEEN_ALONE, today);
    }

    public static void checkReview(RecurringWorkRules.Meeting review, String independentReviewingOfficer, LocalDate today) {
        RecurringWorkRules.checkMeeting(review, CLA_REVIEW_DATE, today);
        if (independentReviewingOfficer == null || independentReviewingOfficer.isBlank()) {
            throw new RuleViolation(INDEPENDENT_REVIEWING_OFFICER, "A looked-after child's review is chaired by an independent reviewing officer: who?");
        }
    }

    /** Care ends on or after it started, not in the future. */
    public static void checkCeased(LocalDate startedOn, LocalDate ceasedOn, LocalDate today) {
        BusinessDateRules.requireHappened(CARE_CEASED_DATE, ceasedOn, today);
        BusinessDateRules.requireNotBefore(CARE_CEASED_DATE, ceasedOn, "the start of the period of care", startedOn);
    }

    private static void checkPostcodeDistrict(String district) {
        if (district == null || !POSTCODE_DISTRICT.matcher(district).matches()) {
            throw new RuleViolation(PLACEMENT_POSTCODE_DISTRICT, "Give the placement's postcode district only, such as SE9 or M1.");
        }
    }
}
