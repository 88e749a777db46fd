package org.caseflow.simulator;

/** Where a simulated council's steps go, one at a time and in order: a list, the feed, a KPI database. */
@FunctionalInterface
public interface StepSink {

    void accept(JourneyStep step);
}
