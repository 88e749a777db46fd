package org.caseflow.workflow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the local run: a few dozen contacts over the last six months, taken as far through
 * the front door and assessment as their dates allow, by the demo users, through the real engine,
 * children at the stages of child protection ({@link DemoChildProtection}), and Early Help taking on
 * what social care asked of it, with one family stepped up ({@link DemoEarlyHelp}), children looked after ({@link DemoLookedAfter}), foster carers with their DBS checks and supervisory visits ({@link DemoFostering}), and the workforce's supervision and case allocations ({@link DemoWorkforce}). Recent work is left
 * open in Tasklist (the last three contacts wait for the front door); work past its statutory
 * deadline is left open too, so its escalation timer fires. Runs once, on an empty engine.
 */
@Component
class DemoJourneys {

    private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);
    private static final int CONTACTS = 40;
    private static final List<String> GIVEN = List.of("Amelia", "Noah", "Isla", "Leo", "Ava", "Oliver", "Freya", "Arlo",
            "Maya", "Theo", "Ruby", "Jack", "Evie", "Harry", "Zara", "Finley", "Poppy", "Kai", "Lily", "Yusuf");
    private static final List<String> FAMILY = List.of("Smith", "Khan", "Williams", "Brown", "Taylor", "Patel", "Evans",
            "Walker", "Wright", "Robinson", "Okafor", "Nowak", "Hughes", "Clarke", "Ahmed", "Murphy");
    private static final List<String> REASONS = List.of(
            "Police notification of domestic abuse at the home; children present.",
            "School concerned about repeated absence and weight loss.",
            "Health visitor reports the home is unsafe for a baby.",
            "Neighbour reports a young child left alone overnight.",
            "Parent asks for help managing a teenager's behaviour.",
            "A&E attendance with an unexplained injury.");

    private final RuntimeService runtime;
    private final HistoryService history;
    private final DemoSteps steps;
    private final DemoChildProtection childProtection;
    private final DemoEarlyHelp earlyHelp;
    private final DemoLookedAfter lookedAfter;
    private final DemoFostering fostering;
    private final DemoWorkforce workforce;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final Random random = new Random(20231);

    DemoJourneys(RuntimeService runtime, HistoryService history, DemoSteps steps, DemoChildProtection childProtection,
            DemoEarlyHelp earlyHelp, DemoLookedAfter lookedAfter, DemoFostering fostering, DemoWorkforce workforce, WorkingDayCalendar calendar,
            TransactionTemplate transaction,
            @Value("${caseflow.demo-data.enabled:false}") boolean enabled) {
        this.runtime = runtime;
        this.history = history;
        this.steps = steps;
        this.childProtection = childProtection;
        this.earlyHelp = earlyHelp;
        this.lookedAfter = lookedAfter;
        this.fostering = fostering;
        this.workforce = workforce;
        this.calendar = calendar;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void loadIntoAnEmptyEngine() {
        if (enabled && history.createHistoricProcessInstanceQuery().processDefinitionKey("front-door").count() == 0) {
            load();
        }
    }

    void load() {
        LocalDate today = LocalDate.now(BusinessDates.LONDON);
        log.info("Loading {} demo contacts over the last six months", CONTACTS);
        Map<String, Object> previousChild = Map.of();
        for (int i = 0; i < CONTACTS; i++) {
            // the last three arrived in the last working days and wait for the front door; the oldest
            // of them is past its one working day, so its escalation fires
            int recent = CONTACTS - 1 - i;
            boolean waitsForTheFrontDoor = recent < 3;
            LocalDate received = waitsForTheFrontDoor ? workingDaysBefore(today, recent) : workingDayBetween(today.minusMonths(6), today);
            Map<String, Object> details = contactDetails(received);
            // one contact in six (the eighth always) is about a child the front door has heard of before
            if (i == 7 || (i > 5 && random.nextInt(6) == 0)) {
                details.putAll(previousChild);
            }
            String child = transaction.execute(status -> journey(received, details, today, waitsForTheFrontDoor));
            previousChild = Map.of("laChildId", child, "childGivenName", details.get("childGivenName"),
                    "childFamilyName", details.get("childFamilyName"), "childDateOfBirth", details.get("childDateOfBirth"));
        }
        transaction.executeWithoutResult(status -> restrictedRecordToBe(today));
        childProtection.load(today);
        earlyHelp.load(today);
        lookedAfter.load(today);
        fostering.load(today);
        workforce.load(today);
        log.info("Demo contacts loaded");
    }

    /** A child whose record the demo restricts (casework-service does): allocated to Team South. */
    static final String RESTRICTED_CHILD = "C0999001";

    private void restrictedRecordToBe(LocalDate today) {
        Map<String, Object> details = contactDetails(workingDaysBefore(today, 10));
        details.put("laChildId", RESTRICTED_CHILD);
        details.put("childGivenName", "Riley");
        details.put("childFamilyName", "Restricted");
        ProcessInstance contact = steps.start("frontdoor.worker", "front-door", details);
        LocalDate decided = workingDaysBefore(today, 9);
        complete("frontdoor.manager", contact.getId(), "DecideOnContact", Map.of("contactOutcome", "REFERRAL",
                "decisionDate", decided.toString(), "assessmentTeam", "team-south",
                "decisionRationale", "A relative of a member of staff: the record is to be restricted."));
        String referral = steps.calledBy(contact.getId(), "assessment");
        complete("south.manager", referral, "AllocateSocialWorker",
                Map.of("allocatedWorker", "south.worker", "allocationDate", workingDaysBefore(today, 8).toString()));
    }

    /** One contact, in one transaction: no timer of a step already taken survives to fire. */
    private String journey(LocalDate received, Map<String, Object> details, LocalDate today, boolean waitsForTheFrontDoor) {
        ProcessInstance contact = steps.start("frontdoor.worker", "front-door", details);
        String child = (String) runtime.getVariable(contact.getId(), "laChildId");
        LocalDate decided = calendar.addWorkingDays(received, random.nextInt(10) == 0 ? 2 : 1);
        if (waitsForTheFrontDoor || !decided.isBefore(today)) {
            return child; // still waiting for the front door
        }
        String outcome = pick("NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "INFORMATION_AND_ADVICE", "EARLY_HELP",
                "REFERRAL", "REFERRAL", "REFERRAL", "STRATEGY_DISCUSSION");
        String team = pick("team-north", "team-south");
        Map<String, Object> decision = new HashMap<>(Map.of("contactOutcome", outcome, "decisionDate", decided.toString(),
                "decisionRationale", "Discussed with the duty manager; " + outcome.toLowerCase().replace('_', ' ') + " is proportionate."));
        boolean opensAReferral = ContactOutcome.valueOf(outcome).opensAReferral();
        if (opensAReferral) {
            decision.put("assessmentTeam", team);
        }
        complete("frontdoor.manager", contact.getId(), "DecideOnContact", decision);
        if (outcome.equals("STRATEGY_DISCUSSION")) {
            discussWithoutAnEnquiry(contact, team, decided);
        }
        if (opensAReferral) {
            assess(contact, team, decided, today);
        }
        return child;
    }

    /** An immediate strategy discussion, held the day it was asked for, that leaves the rest to the assessment. */
    private void discussWithoutAnEnquiry(ProcessInstance contact, String team, LocalDate decided) {
        String referral = steps.calledBy(contact.getId(), "assessment");
        complete(team.substring("team-".length()) + ".manager", steps.calledBy(referral, "child-protection"),
                "HoldStrategyDiscussion", Map.of("strategyDate", decided.toString(), "strategyPolice", true,
                        "strategyHealth", false, "strategyEducation", true, "concernCategory", "NEGLECT",
                        "strategyDecision", "NO_SECTION_47_CONTINUE_ASSESSMENT",
                        "strategyRationale", "Threshold for section 47 not met; the assessment continues."));
    }

    private void assess(ProcessInstance contact, String team, LocalDate referral, LocalDate today) {
        String area = team.substring("team-".length());
        String referralProcess = steps.calledBy(contact.getId(), "assessment");
        LocalDate allocated = calendar.addWorkingDays(referral, 1 + random.nextInt(3));
        if (!allocated.isBefore(today)) {
            return; // waiting for the manager to allocate
        }
        complete(area + ".manager", referralProcess, "AllocateSocialWorker",
                Map.of("allocatedWorker", area + ".worker", "allocationDate", allocated.toString()));
        // four in five within the timescale (rule T3), the rest up to 8 working days late
        int limit = StatutoryTimescale.ASSESSMENT.limit();
        int workingDays = random.nextInt(10) < 8 ? 20 + random.nextInt(limit - 19) : limit + 1 + random.nextInt(8);
        LocalDate authorised = calendar.addWorkingDays(referral, workingDays);
        if (!authorised.isBefore(today)) {
            return; // in progress (or overdue, when its escalation timer fires)
        }
        Map<String, Object> assessment = new HashMap<>(Map.of(
                "assessmentStartDate", calendar.addWorkingDays(referral, 2).toString(),
                "assessmentAuthorisedDate", authorised.toString(),
                "assessmentOutcome", pick("NO_FURTHER_ACTION", "STEP_DOWN_TO_EARLY_HELP", "CHILD_IN_NEED_PLAN", "CHILD_IN_NEED_PLAN"),
                "assessmentSummary", "Child seen alone; parents engaged; views recorded."));
        if (workingDays > limit) {
            assessment.put("lateReason", "The family was away and could not be seen sooner.");
        }
        complete(area + ".worker", referralProcess, "CompleteAssessment", assessment);
    }

    /** A contact about a child new to the front door (a caller adds {@code laChildId} for a known one). */
    private Map<String, Object> contactDetails(LocalDate received) {
        Map<String, Object> details = new HashMap<>(Map.of(
                "childGivenName", pick(GIVEN), "childFamilyName", pick(FAMILY),
                "childDateOfBirth", received.minusDays(365L + random.nextInt(365 * 16)).toString(),
                "contactSource", ContactSource.values()[random.nextInt(ContactSource.values().length)].name(),
                "contactReceivedAt", received.atTime(LocalTime.of(8 + random.nextInt(10), 15 * random.nextInt(4))).toString(),
                "contactReason", pick(REASONS)));
        return details;
    }

    private void complete(String user, String processInstanceId, String taskKey, Map<String, Object> variables) {
        steps.complete(user, processInstanceId, taskKey, variables);
    }

    private LocalDate workingDayBetween(LocalDate from, LocalDate to) {
        LocalDate day = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
        return calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1);
    }

    private LocalDate workingDaysBefore(LocalDate day, int count) {
        return calendar.workingDaysBefore(day, count);
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
