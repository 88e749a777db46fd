package org.caseflow.simulator;

/**
 * The ids a council's journeys are known by, in workflow-service's shapes: children {@code C1000042}, contacts
 * {@code CON-000042}, referrals {@code REF-000042}, plans {@code CPP-…} and {@code CIN-…}, Early Help episodes
 * {@code EH-…} and periods of care {@code LAC-…}. Numbered in the order the simulation makes them.
 */
final class Ids {

    private static final long FIRST_CHILD_NUMBER = 1_000_001;

    private long children;
    private long contacts;
    private long referrals;
    private long cpPlans;
    private long cinPlans;
    private long earlyHelpEpisodes;
    private long carePeriods;

    String child() {
        return "C" + (FIRST_CHILD_NUMBER + children++);
    }

    String contact() {
        return "CON-%06d".formatted(++contacts);
    }

    String referral() {
        return "REF-%06d".formatted(++referrals);
    }

    String cpPlan() {
        return "CPP-%06d".formatted(++cpPlans);
    }

    String cinPlan() {
        return "CIN-%06d".formatted(++cinPlans);
    }

    String earlyHelpEpisode() {
        return "EH-%06d".formatted(++earlyHelpEpisodes);
    }

    String carePeriod() {
        return "LAC-%06d".formatted(++carePeriods);
    }
}
