package org.caseflow.simulator;

import java.time.LocalDate;

/**
 * A child protection or child in need plan while it lasts: whose it is and when the child was last
 * seen, which the next visit counts from.
 */
final class PlanUnderWay {

    final String id;
    final Episode episode;
    final String leadWorker;
    boolean ended;
    LocalDate lastVisit;

    PlanUnderWay(String id, Episode episode, String leadWorker, LocalDate startedOn) {
        this.id = id;
        this.episode = episode;
        this.leadWorker = leadWorker;
        this.lastVisit = startedOn;
    }
}
