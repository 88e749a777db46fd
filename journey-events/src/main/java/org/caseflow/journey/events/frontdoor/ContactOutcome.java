package org.caseflow.journey.events.frontdoor;

/** What the front door decided to do with a contact, with the words a practitioner reads for it. */
public enum ContactOutcome {
    NO_FURTHER_ACTION("no further action"),
    INFORMATION_AND_ADVICE("information and advice"),
    EARLY_HELP("Early Help"),
    REFERRAL("referral to children's social care"),
    STRATEGY_DISCUSSION("immediate strategy discussion");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The decision opens a referral to children's social care: a referral, and an immediate
     * strategy discussion (every section 47 enquiry sits in a referral episode).
     */
    public boolean opensAReferral() {
        return this == REFERRAL || this == STRATEGY_DISCUSSION;
    }
}
