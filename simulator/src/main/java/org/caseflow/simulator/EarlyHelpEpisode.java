package org.caseflow.simulator;

/** One Early Help episode while it lasts: its id, the child and their lead practitioner. */
final class EarlyHelpEpisode {

    final String id;
    final Child child;
    final String practitioner;

    EarlyHelpEpisode(String id, Child child, String practitioner) {
        this.id = id;
        this.child = child;
        this.practitioner = practitioner;
    }
}
