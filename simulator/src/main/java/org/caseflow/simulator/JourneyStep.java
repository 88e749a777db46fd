package org.caseflow.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.JourneyEvent;

/**
 * One step of a child's (or a worker's) journey, as the simulated council took it: what a practitioner
 * recorded, or what a journey started, on a business date. Neutral about how it enters Caseflow: the
 * same step can be published as a journey event, written as KPI facts, or completed as a task through
 * the API. Its shape is the journey event contract's, so each step is read by the same typed readers
 * the services use; its data keys are the stage's {@code …Data} names, which are also the process
 * variables and form fields.
 *
 * @param sequence   the step's place in the council's stream, from 1; steps come in the order they happened
 * @param type       a journey event type, e.g. {@code ContactDecided}
 * @param occurredOn the business date
 * @param dueOn      the statutory due date of the work, when it had one
 * @param team       whose work it was
 * @param worker     who recorded it
 * @param data       the facts recorded with it
 */
public record JourneyStep(long sequence, String type, LocalDate occurredOn, String laChildId, String contactId,
        String referralId, LocalDate dueOn, String team, String worker, Map<String, Object> data) {

    /** Recorded, in the simulation, at midday of the day it happened. */
    private static final LocalTime RECORDED_AT = LocalTime.NOON;

    public JourneyStep {
        data = Map.copyOf(data);
    }

    /**
     * The step as workflow-service would publish it on the feed, with an event id that the same seed
     * always gives the same step (see {@link #eventId(long)}).
     */
    public JourneyEvent toEvent(long seed) {
        return new JourneyEvent(sequence, eventId(seed), type, laChildId, contactId, referralId, occurredOn,
                recordedAt(), dueOn, team, worker, data, null);
    }

    /** A version 4-shaped id made of the seed and the step's place: unique in a stream, and the same in every replay of it. */
    public UUID eventId(long seed) {
        long mostSignificant = (seed & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long leastSignificant = (sequence & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    public Instant recordedAt() {
        return occurredOn.atTime(RECORDED_AT).atZone(BusinessDates.LONDON).toInstant();
    }
}
