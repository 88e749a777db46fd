package org.caseflow.returns.record;

/** Why a placement ended and the child moved (SSDA903 {@code REASON_PLACE_CHANGE}, codes of rule 1009). */
public enum PlacementChangeReason implements DescribedCode {
    CARPL("change to or implementation of the care plan"),
    CLOSE("resignation or closure of the provision"),
    ALLEG("allegation (section 47 enquiry)"),
    STAND("standards of care concern"),
    APPRR("approval removed"),
    CREQB("carer requests placement end due to the child's behaviour"),
    CREQO("carer requests placement end for another reason"),
    CHILD("child requests placement end"),
    LAREQ("responsible or area authority requests placement end"),
    PLACE("change in the status of the placement only"),
    CUSTOD("custody arrangement"),
    OTHER("other");

    private final String label;

    PlacementChangeReason(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
