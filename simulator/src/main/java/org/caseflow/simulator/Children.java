package org.caseflow.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's children: new ones as contacts about them arrive, and the ones contacts and referrals come back
 * about. A share of referrals is about a child referred in the 12 months before (a re-referral), and a share of
 * other contacts about a child the front door heard of recently; otherwise the child is new to the council.
 */
final class Children {

    private static final List<String> GIVEN_NAMES = List.of("Amy", "Noah", "Olivia", "Leo", "Isla", "Oscar", "Ava", "Jack",
            "Mia", "Harry", "Lily", "Charlie", "Freya", "George", "Ella", "Alfie", "Grace", "Theo", "Sophie", "Mason",
            "Ruby", "Riley", "Evie", "Callum", "Sienna", "Kai", "Poppy", "Zain", "Maya", "Ethan");
    private static final List<String> FAMILY_NAMES = List.of("Jones", "Smith", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
            "Hall", "Wood", "Jackson", "Clarke", "Khan", "Ahmed", "Reid", "Nowak", "Hughes", "Edwards", "Lewis", "Hill",
            "Moore");
    /** How children in need are spread over ages 0-17 (DfE children in need by age, rounded): the bands and their weights. */
    private static final Mix<int[]> AGE_BANDS = Mix.of(new int[] {0, 0}, 9, new int[] {1, 4}, 20, new int[] {5, 9}, 26,
            new int[] {10, 15}, 34, new int[] {16, 17}, 11);
    /** How many times the simulation looks for a child it may come back to before it takes a new one. */
    private static final int TRIES = 8;

    private final Dice dice;
    private final Ids ids;
    private final RecentChildren referred = new RecentChildren();
    private final RecentChildren contacted = new RecentChildren();

    Children(Dice dice, Ids ids) {
        this.dice = dice;
        this.ids = ids;
    }

    /** A child new to the council, of an age drawn as children in need's ages are spread. */
    Child newChild(LocalDate today) {
        int[] band = AGE_BANDS.pick(dice);
        return bornAged(today, dice.between(band[0], band[1]));
    }

    /** A child new to the council who is {@code years} old today. */
    Child bornAged(LocalDate today, int years) {
        LocalDate dateOfBirth = today.minusYears(years).minusDays(dice.between(0, 364));
        return new Child(ids.child(), dice.oneOf(GIVEN_NAMES), dice.oneOf(FAMILY_NAMES), dateOfBirth);
    }

    /**
     * The child a contact is about: for a contact becoming a referral, one referred in the last 12 months with
     * probability {@code reReferralShare}; for any other, one the front door heard of in the last 12 months with
     * probability {@code recontactShare}. A child social care or Early Help is working with now, or who has turned
     * 18, is not taken: their contact would join that work.
     */
    Child forContact(LocalDate today, boolean becomesAReferral, double reReferralShare, double recontactShare) {
        RecentChildren pool = becomesAReferral ? referred : contacted;
        double share = becomesAReferral ? reReferralShare : recontactShare;
        if (dice.chance(share)) {
            for (int attempt = 0; attempt < TRIES; attempt++) {
                Child known = pool.pick(dice, today);
                if (known != null && !known.isOpen() && known.isUnder18On(today)) {
                    return known;
                }
            }
        }
        return newChild(today);
    }

    void referred(Child child, LocalDate on) {
        referred.add(child, on);
    }

    void contacted(Child child, LocalDate on) {
        contacted.add(child, on);
    }

    /** Children met in the 12 months to today, in the order met; older ones are forgotten as time passes. */
    private static final class RecentChildren {

        private final List<Child> children = new ArrayList<>();
        private final List<LocalDate> dates = new ArrayList<>();
        private int first;

        void add(Child child, LocalDate on) {
            children.add(child);
            dates.add(on);
        }

        Child pick(Dice dice, LocalDate today) {
            LocalDate yearAgo = today.minusYears(1);
            while (first < dates.size() && dates.get(first).isBefore(yearAgo)) {
                first++;
            }
            if (first > 100_000 && first > children.size() / 2) {
                children.subList(0, first).clear();
                dates.subList(0, first).clear();
                first = 0;
            }
            return first >= children.size() ? null : children.get(dice.between(first, children.size() - 1));
        }
    }
}
