package org.caseflow.journey.events;

/** Who made a contact to the front door (grouped as on the contact form; CIN census codes map onto these). */
public enum ContactSource {
    POLICE,
    SCHOOL,
    HEALTH,
    LA_SERVICES,
    FAMILY,
    INDIVIDUAL,
    OTHER_AGENCY,
    ANONYMOUS,
    OTHER
}
