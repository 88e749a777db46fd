package org.caseflow.journey.events.frontdoor;

/**
 * Who made a contact to the front door (grouped as on the contact form; CIN census codes map onto
 * these), with the words a practitioner reads for each.
 */
public enum ContactSource {
    POLICE("the police"),
    SCHOOL("a school"),
    HEALTH("health services"),
    LA_SERVICES("local authority services"),
    FAMILY("the child's family"),
    INDIVIDUAL("an individual"),
    OTHER_AGENCY("another agency"),
    ANONYMOUS("an anonymous caller"),
    /** Early Help asking social care to step up; the contact names the Early Help episode. */
    EARLY_HELP("Early Help"),
    OTHER("another source");

    private final String label;

    ContactSource(String label) {
        this.label = label;
    }

    /** As a sentence reads it: "received from the police". */
    public String label() {
        return label;
    }

    /** The source a contact recorded, or {@link #OTHER} for one it did not. */
    public static ContactSource ofRecorded(String code) {
        for (ContactSource source : values()) {
            if (source.name().equals(code)) {
                return source;
            }
        }
        return OTHER;
    }
}
