package org.caseflow.simulator;

import static org.caseflow.journey.events.JourneyData.CHILD_DATE_OF_BIRTH;
import static org.caseflow.journey.events.JourneyData.CHILD_FAMILY_NAME;
import static org.caseflow.journey.events.JourneyData.CHILD_GIVEN_NAME;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.ASSESSMENT_TEAM;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_DECISION_DUE_ON;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_OUTCOME;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_REASON;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_RECEIVED_AT;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.CONTACT_SOURCE;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.DECISION_DATE;
import static org.caseflow.journey.events.frontdoor.FrontDoorData.DECISION_RATIONALE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.ContactSource;

/**
 * The front door: contacts arrive (mostly on working days; the police's at any time), and each is decided within a
 * working day (rule T1) or a little late. A referral or an immediate strategy discussion opens a referral; Early Help
 * starts an episode; the rest end there. Early Help's requests to step up arrive here too, as contacts from Early Help.
 */
final class FrontDoor {

    /** Who contacts the front door (DfE referrals by source, police the largest, rounded). */
    private static final Mix<ContactSource> SOURCES = Mix.of(ContactSource.POLICE, 29, ContactSource.SCHOOL, 20,
            ContactSource.HEALTH, 14, ContactSource.LA_SERVICES, 9, ContactSource.INDIVIDUAL, 8, ContactSource.FAMILY, 5,
            ContactSource.OTHER_AGENCY, 9, ContactSource.ANONYMOUS, 3, ContactSource.OTHER, 3);
    /** A weekend or bank holiday has about a fifth of a working day's contacts, nearly all from the police. */
    private static final double QUIET_DAY_SHARE = 0.2;
    /** Of the contacts that open a referral, those decided as an immediate strategy discussion. */
    private static final double IMMEDIATE_STRATEGY_SHARE_OF_REFERRALS = 0.14;
    /** Contacts to Early Help (the reference report: 8%). */
    private static final double EARLY_HELP_SHARE = 0.08;
    /** Of the contacts closed at the front door, those given information and advice rather than no further action. */
    private static final double ADVICE_SHARE_OF_CLOSED = 0.42;
    /** Referrals about a child referred in the 12 months before (DfE England about 22%; the report's target 25%). */
    private static final double RE_REFERRAL_SHARE = 0.22;
    /** Other contacts about a child the front door heard about in the 12 months before. */
    private static final double RECONTACT_SHARE = 0.25;
    /** The front door accepts most of Early Help's requests to step up as referrals. */
    private static final double STEP_UP_ACCEPTED = 0.8;

    private final Council council;
    private final Mix<ContactOutcome> outcomes;

    FrontDoor(Council council) {
        this.council = council;
        double referral = council.profile.referralShare();
        double closed = 1 - referral - EARLY_HELP_SHARE;
        this.outcomes = Mix.of(ContactOutcome.REFERRAL, referral * (1 - IMMEDIATE_STRATEGY_SHARE_OF_REFERRALS),
                ContactOutcome.STRATEGY_DISCUSSION, referral * IMMEDIATE_STRATEGY_SHARE_OF_REFERRALS,
                ContactOutcome.EARLY_HELP, EARLY_HELP_SHARE,
                ContactOutcome.INFORMATION_AND_ADVICE, closed * ADVICE_SHARE_OF_CLOSED,
                ContactOutcome.NO_FURTHER_ACTION, closed * (1 - ADVICE_SHARE_OF_CLOSED));
    }

    /** The contacts received on {@code day}, each about a child new to the council or one it heard of before. */
    void contactsOn(LocalDate day) {
        int arriving = council.dice.poisson(expectedOn(day));
        for (int i = 0; i < arriving; i++) {
            ContactOutcome outcome = outcomes.pick(council.dice);
            Child child = council.children.forContact(day, outcome.opensAReferral(), RE_REFERRAL_SHARE, RECONTACT_SHARE);
            ContactSource source = council.days.isWorkingDay(day) ? SOURCES.pick(council.dice) : ContactSource.POLICE;
            receive(child, source, outcome, null);
        }
    }

    /** Early Help asks social care to step up: a contact from Early Help about the episode's child. */
    void stepUpRequested(EarlyHelpEpisode episode) {
        ContactOutcome outcome = council.dice.chance(STEP_UP_ACCEPTED) ? ContactOutcome.REFERRAL : ContactOutcome.INFORMATION_AND_ADVICE;
        receive(episode.child, ContactSource.EARLY_HELP, outcome, episode);
    }

    private double expectedOn(LocalDate day) {
        double perDay = council.profile.contactsPerMonth() * 12 / 365.25;
        double workingDayWeight = 7 / (5 + 2 * QUIET_DAY_SHARE);
        return perDay * workingDayWeight * (council.days.isWorkingDay(day) ? 1 : QUIET_DAY_SHARE);
    }

    private void receive(Child child, ContactSource source, ContactOutcome outcome, EarlyHelpEpisode stepUp) {
        LocalDate today = council.today();
        String contactId = council.ids.contact();
        LocalDate dueOn = council.days.plus(today, 1);
        Workforce.Team frontDoor = council.workforce.frontDoor();
        LocalTime receivedAt = LocalTime.of(council.dice.between(8, 18), council.dice.between(0, 59));
        council.journal.step(ContactReceived.TYPE, today).of(child).contact(contactId).due(dueOn)
                .by(frontDoor.id(), Workforce.workerIn(frontDoor, council.dice))
                .with(CHILD_GIVEN_NAME, child.givenName).with(CHILD_FAMILY_NAME, child.familyName)
                .with(CHILD_DATE_OF_BIRTH, child.dateOfBirth).with(CONTACT_SOURCE, source)
                .with(CONTACT_RECEIVED_AT, today.atTime(receivedAt).toString())
                .with(CONTACT_REASON, "Concern raised by " + source.label() + ".")
                .with(CONTACT_DECISION_DUE_ON, dueOn)
                .record();
        council.children.contacted(child, today);
        council.schedule.at(decisionDay(today), () -> decide(child, contactId, dueOn, outcome, stepUp));
    }

    /** Most contacts are decided the day they arrive or the next working day; a few late. */
    private LocalDate decisionDay(LocalDate received) {
        LocalDate firstWorkingDay = council.days.onOrAfter(received);
        double draw = council.dice.fraction();
        if (draw < 0.62) {
            return firstWorkingDay;
        }
        if (draw < 0.96) {
            return council.days.plus(firstWorkingDay, received.equals(firstWorkingDay) ? 1 : 0);
        }
        return council.days.plus(firstWorkingDay, council.dice.between(2, 3));
    }

    private void decide(Child child, String contactId, LocalDate dueOn, ContactOutcome outcome, EarlyHelpEpisode stepUp) {
        LocalDate today = council.today();
        Workforce.Team team = outcome.opensAReferral() ? council.workforce.assessmentTeam(council.dice) : null;
        council.journal.step(ContactDecided.TYPE, today).of(child).contact(contactId).due(dueOn)
                .by(council.workforce.frontDoor().id(), council.workforce.frontDoor().manager())
                .with(CONTACT_OUTCOME, outcome).with(DECISION_DATE, today)
                .with(DECISION_RATIONALE, "Decided on the information given: " + outcome.label() + ".")
                .with(ASSESSMENT_TEAM, team == null ? null : team.id())
                .record();
        switch (outcome) {
            case REFERRAL -> council.assessments.refer(child, contactId, team, false);
            case STRATEGY_DISCUSSION -> council.childProtection.strategyDiscussionDecided(
                    council.assessments.refer(child, contactId, team, true));
            case EARLY_HELP -> council.earlyHelp.fromFrontDoor(child, contactId);
            case INFORMATION_AND_ADVICE, NO_FURTHER_ACTION -> {
                // the contact ends here
            }
        }
        if (stepUp != null) {
            council.earlyHelp.stepUpDecided(stepUp, contactId, outcome.opensAReferral());
        }
    }
}
