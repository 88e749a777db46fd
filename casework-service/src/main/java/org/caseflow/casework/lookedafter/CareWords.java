package org.caseflow.casework.lookedafter;

import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.Placement;
import org.caseflow.journey.events.lookedafter.PlacementChangeReason;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;

/**
 * How the chronology says the SSDA903 codes of a period of care: in plain words, with the code
 * after them, so that a social worker reads the sentence and a data officer finds the code. The
 * codes' labels are the contract's; some name what was done rather than where or under what ("placed
 * for adoption ...", "independent living"), so the words around them are chosen here, code by code.
 * The switches name every code, so a code added to the contract does not compile until it is worded.
 */
final class CareWords {

    private CareWords() {
    }

    /** What follows "Started to be looked after": "under a full care order (C2)". */
    static String legalStatus(LegalStatus status) {
        String words = switch (status) {
            case C2, D1, E1, J3, L3 -> "under a " + status.label();
            case C1, L2, V3, V4 -> "under an " + status.label();
            case L1 -> "under " + status.label();
            case J1 -> "on remand to local authority or youth detention accommodation";
            case J2 -> "in local authority accommodation under PACE";
            case V2 -> "in a " + status.label();
        };
        return words + " (" + status.name() + ")";
    }

    /** Where the child went, as what follows "Moved to": "a children's home (K2)". */
    static String placementType(PlacementType type) {
        String words = switch (type) {
            // labels that say what was done ("placed for adoption ...", "placed with parents ...")
            case A3, A4, A5, A6, P1 -> "a placement " + type.label().substring("placed ".length());
            case H5, P2, P3 -> type.label();
            case R2 -> "an " + type.label();
            case Z1 -> "another placement";
            case K1, K2, R1, R3, R5, S1, U1, U2, U3, U4, U5, U6 -> "a " + type.label();
        };
        return words + " (" + type.name() + ")";
    }

    /** "provided by a private provider (PR4)". */
    static String provider(PlacementProvider provider) {
        String by = switch (provider) {
            case PR0 -> "parents or others with parental responsibility";
            case PR1 -> "this council";
            case PR2 -> "another council";
            case PR3 -> "another public provider";
            case PR4 -> "a private provider";
            case PR5 -> "a voluntary or third sector provider";
        };
        return "provided by " + by + " (" + provider.name() + ")";
    }

    /** "a children's home (K2), provided by a private provider (PR4), in SE9". */
    static String placement(Placement placement) {
        String where = placement.postcodeDistrict() == null ? "" : ", in " + placement.postcodeDistrict();
        return placementType(placement.type()) + ", " + provider(placement.provider()) + where;
    }

    /** "abuse or neglect (N1)". */
    static String categoryOfNeed(CategoryOfNeed category) {
        return category.label() + " (" + category.name() + ")";
    }

    /** "change to or carrying out of the care plan (CARPL)". */
    static String changeReason(PlacementChangeReason reason) {
        return reason.label() + " (" + reason.name() + ")";
    }

    /** "special guardianship order to former foster carers (E45)". */
    static String reasonCeased(ReasonCeased reason) {
        return reason.label() + " (" + reason.name() + ")";
    }
}
