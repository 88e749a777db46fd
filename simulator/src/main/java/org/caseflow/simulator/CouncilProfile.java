package org.caseflow.simulator;

/**
 * How big a simulated council is, and the rates that set its size: how many contacts reach its front door, what
 * share becomes a referral, and the children social care and Early Help work with on the first day. Everything
 * else (how assessments conclude, how long plans last, how children leave care) is the same mix for every council,
 * in each stage's class.
 *
 * <p>The reference council is the one of the June 2023 improvement-plan report: a 0-17 population of 33,100, about
 * 1,100 contacts a month of which 21% become referrals, about 300 children on a child protection plan, 550 looked
 * after and 630 open to Early Help, and 1,966 open cases in all. That leaves about 500 children in need besides those
 * on a child protection plan or looked after; the simulation has some 350-400 assessments open at any time (referrals
 * take 30-35 working days to assess), so it aims at about 250 on a child in need plan and accepts an all-open count a
 * little above the report's.
 *
 * @param population              0-17 population
 * @param contactsPerMonth        contacts to the front door in an average month
 * @param referralShare           contacts that open a referral (a referral, or an immediate strategy discussion)
 * @param openCpPlans             children on a child protection plan on the first day
 * @param openCinPlans            children on a child in need plan on the first day
 * @param childrenLookedAfter     children looked after on the first day
 * @param openEarlyHelp           children open to Early Help on the first day
 * @param directCareEntriesPerMonth children coming into care with no referral (police protection, an unaccompanied
 *                                child, remand, accommodation asked for by the family)
 * @param partnerRequestsPerMonth Early Help episodes a partner agency asks for directly
 * @param socialWorkers           case-holding social workers
 * @param earlyHelpPractitioners  Early Help practitioners
 */
public record CouncilProfile(String name, int population, double contactsPerMonth, double referralShare, int openCpPlans,
        int openCinPlans, int childrenLookedAfter, int openEarlyHelp, double directCareEntriesPerMonth,
        double partnerRequestsPerMonth, int socialWorkers, int earlyHelpPractitioners) {

    public static final int REFERENCE_POPULATION = 33_100;
    private static final double REFERENCE_CONTACTS_PER_MONTH = 1_100;
    private static final double REFERENCE_REFERRAL_SHARE = 0.21;

    public CouncilProfile {
        if (population <= 0 || contactsPerMonth <= 0 || referralShare <= 0 || referralShare >= 0.5) {
            throw new IllegalArgumentException("A council needs children, contacts and a referral share under a half");
        }
    }

    /** The reference report's council. */
    public static CouncilProfile referenceCouncil() {
        return ofPopulation(REFERENCE_POPULATION);
    }

    /** A council like the reference one, for a 0-17 population of {@code population}: every rate per child the same. */
    public static CouncilProfile ofPopulation(int population) {
        double scale = population / (double) REFERENCE_POPULATION;
        return new CouncilProfile("council of " + population + " children", population, REFERENCE_CONTACTS_PER_MONTH * scale,
                REFERENCE_REFERRAL_SHARE, count(300 * scale), count(250 * scale), count(550 * scale), count(630 * scale),
                5.0 * scale, 15.0 * scale, count(80 * scale), count(25 * scale));
    }

    /** A council like the reference one, sized to {@code referralsPerYear} referrals a year (a large council: 20,000). */
    public static CouncilProfile withReferralsPerYear(int referralsPerYear) {
        double referenceReferrals = REFERENCE_CONTACTS_PER_MONTH * 12 * REFERENCE_REFERRAL_SHARE;
        CouncilProfile scaled = ofPopulation((int) Math.round(REFERENCE_POPULATION * referralsPerYear / referenceReferrals));
        return scaled.named("council with " + referralsPerYear + " referrals a year");
    }

    /**
     * England as one council, at England's volumes: about 2.5 million contacts and 650,000 referrals a year (26%), for
     * 12.2 million children. Children looked after at England's published rate (70 per 10,000), child protection
     * plans at about 41 per 10,000; child in need plans, Early Help and the workforce scaled from the reference council
     * by referrals.
     */
    public static CouncilProfile england() {
        int population = 12_200_000;
        double contactsPerMonth = 2_500_000 / 12.0;
        double referralShare = 0.26;
        double scaleByReferrals = contactsPerMonth * referralShare / (REFERENCE_CONTACTS_PER_MONTH * REFERENCE_REFERRAL_SHARE);
        return new CouncilProfile("England", population, contactsPerMonth, referralShare, count(population * 41 / 10_000.0),
                count(250 * scaleByReferrals), count(population * 70 / 10_000.0), count(630 * scaleByReferrals),
                5.0 * scaleByReferrals, 15.0 * scaleByReferrals, count(80 * scaleByReferrals), count(25 * scaleByReferrals));
    }

    public CouncilProfile named(String newName) {
        return new CouncilProfile(newName, population, contactsPerMonth, referralShare, openCpPlans, openCinPlans,
                childrenLookedAfter, openEarlyHelp, directCareEntriesPerMonth, partnerRequestsPerMonth, socialWorkers,
                earlyHelpPractitioners);
    }

    private static int count(double value) {
        return (int) Math.round(value);
    }
}
