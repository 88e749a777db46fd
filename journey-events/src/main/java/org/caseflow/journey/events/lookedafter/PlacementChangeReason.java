package org.caseflow.journey.events.lookedafter;

/** Why a placement changed (SSDA903 REASON_PLACE_CHANGE codes). */
public enum PlacementChangeReason {
    CARPL("change to or carrying out of the care plan"),
    CLOSE("resignation or closure of the provision"),
    ALLEG("allegation (section 47)"),
    STAND("concern about standards of care"),
    APPRR("approval removed"),
    CREQB("carers asked for it to end because of the child's behaviour"),
    CREQO("carers asked for it to end for another reason"),
    CHRES("the child asked for it to end"),
    LAREQ("the responsible authority asked for it to end"),
    PLACE("change in the placement's status only"),
    CUSTOD("custody arrangement"),
    OTHER("another reason");

    private final String label;

    PlacementChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
