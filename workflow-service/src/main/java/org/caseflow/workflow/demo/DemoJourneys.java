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
import org.caseflow.journey.events.frontdoor.ContactChannel;
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
    /**
     * The day each child's latest referral closed, {@link LocalDate#MAX} while it is open; children never
     * referred are not in it.
     */
    private final Map<String, LocalDate> referralClosedOn = new HashMap<>();

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
            // one contact in six (the eighth always) is about a child the front door has heard of before,
            // once any referral of theirs has closed: while it is open, news of the child is for their
            // social worker, not a second referral (a child has one episode of need at a time: CIN census rule 8820)
            if ((i == 7 || (i > 5 && random.nextInt(6) == 0))
                    && !received.isBefore(referralClosedOn.getOrDefault(previousChild.get("laChildId"), LocalDate.MIN))) {
                details.putAll(previousChild);
            }
            String child = transaction.execute(status -> journey(received, details, today, waitsForTheFrontDoor));
            previousChild = Map.of("laChildId", child, "childGivenName", details.get("childGivenName"),
                    "childFamilyName", details.get("childFamilyName"), "childDateOfBirth", details.get("childDateOfBirth"));
        }
        transaction.executeWithoutResult(status -> restrictedRecordToBe(today));
        transaction.executeWithoutResult(status -> saturdayNightPoliceProtection(today));
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
        Map<String, Object> decision = new HashMap<>(Map.of("contactOutcome", "REFERRAL",
                "decisionDate", decided.toString(), "assessmentTeam", "team-south", "primaryNeed", "N4",
                "decisionRationale", "A relative of a member of staff: the record is to be restricted."));
        decision.putAll(referrerFollowUp(details, "REFERRAL", decided));
        complete("frontdoor.manager", contact.getId(), "DecideOnContact", decision);
        String referral = steps.calledBy(contact.getId(), "assessment");
        complete("south.manager", referral, "AllocateSocialWorker",
                Map.of("allocatedWorker", "south.worker", "allocationDate", workingDaysBefore(today, 8).toString()));
    }

    /**
     * Out of hours: on a Saturday night a fortnight or so back the police took a child into police
     * protection; the emergency duty team recorded it and handed it over to the front door on the
     * Monday, whose decision was due that Monday, counted from Saturday's receipt (rule T1).
     */
    private void saturdayNightPoliceProtection(LocalDate today) {
        LocalDate saturday = today.minusDays(14);
        while (saturday.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
            saturday = saturday.minusDays(1);
        }
        LocalDate monday = calendar.addWorkingDays(saturday, 1);
        Map<String, Object> contact = new HashMap<>(Map.of("childGivenName", "Kai", "childFamilyName", "Morgan",
                "childDateOfBirth", saturday.minusYears(4).minusDays(100).toString(), "contactSource", "POLICE",
                "contactChannel", "PHONE", "incidentDate", saturday.toString(), "outOfHours", true,
                "contactReceivedAt", saturday.atTime(LocalTime.of(23, 10)).toString(),
                "contactReason", "Police called to a disturbance found Kai alone at home, his mother arrested; police protection taken."));
        ProcessInstance journey = steps.start("edt.worker", "front-door", contact);
        complete("edt.worker", journey.getId(), "RecordEmergencyAction", Map.of("emergencyAction", "POLICE_PROTECTION",
                "emergencyActionDate", saturday.toString(),
                "emergencyActionDetail", "Police protection at 23:40; Kai placed overnight with emergency foster carers, seen and settled."));
        complete("edt.worker", journey.getId(), "HandOverToFrontDoor", Map.of("handoverDate", monday.toString(),
                "handoverNote", "Police protection ends Tuesday night; his aunt may care for him. A strategy discussion is needed."));
        complete("frontdoor.manager", journey.getId(), "DecideOnContact", Map.of("contactOutcome", "REFERRAL",
                "decisionDate", monday.toString(), "assessmentTeam", "team-north", "primaryNeed", "N1",
                "decisionRationale", "Child in police protection: referral to Team North, strategy discussion to be held today.",
                "referrerFollowUp", "TOLD", "referrerToldHow", "By phone, to the officer in the case", "referrerToldOn", monday.toString()));
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
            // not drawn at random: the demo's other draws, and so its children, stay as they were
            decision.put("primaryNeed", outcome.equals("STRATEGY_DISCUSSION") ? "N1" : "N4");
        }
        decision.putAll(referrerFollowUp(details, outcome, decided));
        complete("frontdoor.manager", contact.getId(), "DecideOnContact", decision);
        if (outcome.equals("STRATEGY_DISCUSSION")) {
            discussWithoutAnEnquiry(contact, team, decided);
        }
        if (opensAReferral) {
            referralClosedOn.put(child, assess(contact, team, decided, today));
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

    /** @return the day the referral closed, or {@link LocalDate#MAX} while it is open */
    private LocalDate assess(ProcessInstance contact, String team, LocalDate referral, LocalDate today) {
        String area = team.substring("team-".length());
        String referralProcess = steps.calledBy(contact.getId(), "assessment");
        LocalDate allocated = calendar.addWorkingDays(referral, 1 + random.nextInt(3));
        if (!allocated.isBefore(today)) {
            return LocalDate.MAX; // waiting for the manager to allocate
        }
        complete(area + ".manager", referralProcess, "AllocateSocialWorker",
                Map.of("allocatedWorker", area + ".worker", "allocationDate", allocated.toString()));
        // four in five within the timescale (rule T3), the rest up to 8 working days late
        int limit = StatutoryTimescale.ASSESSMENT.limit();
        int workingDays = random.nextInt(10) < 8 ? 20 + random.nextInt(limit - 19) : limit + 1 + random.nextInt(8);
        LocalDate authorised = calendar.addWorkingDays(referral, workingDays);
        if (!authorised.isBefore(today)) {
            return LocalDate.MAX; // in progress (or overdue, when its escalation timer fires)
        }
        Map<String, Object> assessment = new HashMap<>(Map.of(
                "assessmentStartDate", calendar.addWorkingDays(referral, 2).toString(),
                "assessmentSubmittedDate", authorised.toString(),
                "assessmentOutcome", pick("NO_FURTHER_ACTION", "STEP_DOWN_TO_EARLY_HELP", "CHILD_IN_NEED_PLAN", "CHILD_IN_NEED_PLAN"),
                "assessmentSummary", "Child seen alone; parents engaged; views recorded."));
        if ("STEP_DOWN_TO_EARLY_HELP".equals(assessment.get("assessmentOutcome"))) {
            assessment.putAll(Map.of("stepDownNeeds", "Parenting routines and school attendance.",
                    "stepDownOutcomes", "The child attends school every day and the family has support it asks for.",
                    "stepDownLead", "The school's family support worker"));
        }
        complete(area + ".worker", referralProcess, "CompleteAssessment", assessment);
        // the team manager authorises it the day it is put to them (management oversight)
        Map<String, Object> authorisation = new HashMap<>(Map.of("authorisationDecision", "AUTHORISE",
                "oversightDate", authorised.toString(),
                "managerDirection", "Analysis and outcome agreed; the child's views are clear in the assessment."));
        if (workingDays > limit) {
            authorisation.put("lateReason", "The family was away and could not be seen sooner.");
        }
        complete(area + ".manager", referralProcess, "AuthoriseAssessment", authorisation);
        // no further action, or a step down to Early Help: the referral closes with the assessment
        return "CHILD_IN_NEED_PLAN".equals(assessment.get("assessmentOutcome")) ? LocalDate.MAX : authorised;
    }

    /**
     * Whether the referrer was told: an anonymous caller cannot be; one written contact in two that
     * is closed is left untold, so that the front-door managers' list of them has something on it;
     * everyone else is told the day of the decision, the way they made contact.
     */
    private static Map<String, Object> referrerFollowUp(Map<String, Object> contact, String outcome, LocalDate decided) {
        if ("ANONYMOUS".equals(contact.get("contactSource"))) {
            return Map.of("referrerFollowUp", "NOT_TOLD", "referrerNotToldReason", "An anonymous caller: there is nobody to tell.");
        }
        ContactChannel channel = ContactChannel.valueOf((String) contact.get("contactChannel"));
        boolean closed = outcome.equals("NO_FURTHER_ACTION") || outcome.equals("INFORMATION_AND_ADVICE");
        if (channel.written() && closed && decided.getDayOfMonth() % 2 == 0) {
            return Map.of("referrerFollowUp", "NOT_TOLD", "referrerNotToldReason", "Not yet: the duty worker is to write.");
        }
        return Map.of("referrerFollowUp", "TOLD", "referrerToldHow", channel.written() ? "By email" : "By phone",
                "referrerToldOn", decided.toString());
    }

    /**
     * How a contact arrives, by who made it: the police's notifications by secure email, with the
     * incident's date, some of them already days old; schools by the online form; health by email;
     * the rest by phone.
     */
    private static void arrival(Map<String, Object> contact, LocalDate received) {
        String source = (String) contact.get("contactSource");
        ContactChannel channel = switch (source) {
            case "POLICE", "HEALTH" -> ContactChannel.EMAIL;
            case "SCHOOL" -> ContactChannel.ONLINE_FORM;
            case "LA_SERVICES", "OTHER_AGENCY" -> ContactChannel.LETTER;
            default -> ContactChannel.PHONE;
        };
        contact.put("contactChannel", channel.name());
        if (source.equals("POLICE")) {
            contact.put("incidentDate", received.minusDays(received.getDayOfMonth() % 12).toString());
        }
    }

    /** A contact about a child new to the front door (a caller adds {@code laChildId} for a known one). */
    private Map<String, Object> contactDetails(LocalDate received) {
        Map<String, Object> details = new HashMap<>(Map.of(
                "childGivenName", pick(GIVEN), "childFamilyName", pick(FAMILY),
                "childDateOfBirth", received.minusDays(365L + random.nextInt(365 * 16)).toString(),
                "contactSource", ContactSource.values()[random.nextInt(ContactSource.values().length)].name(),
                "contactReceivedAt", received.atTime(LocalTime.of(8 + random.nextInt(10), 15 * random.nextInt(4))).toString(),
                "contactReason", pick(REASONS)));
        arrival(details, received);
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
