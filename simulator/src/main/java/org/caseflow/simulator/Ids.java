package org.caseflow.simulator;

/**
 * The ids a council's journeys are known by, in workflow-service's shapes: children {@code C1000042}, contacts
 * {@code CON-000042}, referrals {@code REF-000042}, plans {@code CPP-…} and {@code CIN-…}, Early Help episodes
 * {@code EH-…} and periods of care {@code LAC-…}. Numbered in the order the simulation makes them.
 *
 * <p>A series letter keeps a simulated council's ids apart from the ones Caseflow itself gives, when both go into
 * one database (the run command's year of a simulated council beside its demo journeys): series {@code S} gives
 * children {@code CS1000042} and contacts {@code CON-S000042}. The default series is none.
 */
final class Ids {

    private static final long FIRST_CHILD_NUMBER = 1_000_001;

    private final String series;

    private long children;
    private long contacts;
    private long referrals;
    private long cpPlans;
    private long cinPlans;
    private long earlyHelpEpisodes;
    private long carePeriods;

    Ids(String series) {
        if (!series.matches("[A-Z]?")) {
            throw new IllegalArgumentException("A series is one capital letter, or none: " + series);
        }
        this.series = series;
    }

    String child() {
        return "C" + series + (FIRST_CHILD_NUMBER + children++);
    }

    String contact() {
        return "CON-" + series + "%06d".formatted(++contacts);
    }

    String referral() {
        return "REF-" + series + "%06d".formatted(++referrals);
    }

    String cpPlan() {
        return "CPP-" + series + "%06d".formatted(++cpPlans);
    }

    String cinPlan() {
        return "CIN-" + series + "%06d".formatted(++cinPlans);
    }

    String earlyHelpEpisode() {
        return "EH-" + series + "%06d".formatted(++earlyHelpEpisodes);
    }

    String carePeriod() {
        return "LAC-" + series + "%06d".formatted(++carePeriods);
    }
}
