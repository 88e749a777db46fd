package org.caseflow.journey.events.frontdoor;

/** How a contact reached the front door, with the words a practitioner reads for each. */
public enum ContactChannel {
    PHONE("by phone"),
    EMAIL("by email"),
    LETTER("by letter"),
    ONLINE_FORM("by the online form"),
    IN_PERSON("in person");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A written contact: inspectors found written contacts closed with nobody telling the
     * referrer, where a phone call at least ends with the caller knowing.
     */
    public boolean written() {
        return this == EMAIL || this == LETTER || this == ONLINE_FORM;
    }

    /** The channel a contact recorded, if it recorded one this service knows. */
    public static ContactChannel ofRecorded(String code) {
        for (ContactChannel channel : values()) {
            if (channel.name().equals(code)) {
                return channel;
            }
        }
        return null;
    }
}
