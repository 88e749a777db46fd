package org.caseflow.casework.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseflow.casework.child.CodeAndWords;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.junit.jupiter.api.Test;

/** A period of care's stored codes come back with the contract's words for them. */
class CareCodesTest {

    @Test
    void everyCategoryOfNeedComesWithItsWords() {
        assertThat(CareCodes.categoryOfNeed("N1")).isEqualTo(new CodeAndWords("N1", "abuse or neglect"));
        for (CategoryOfNeed category : CategoryOfNeed.values()) {
            assertThat(CareCodes.categoryOfNeed(category.name())).isEqualTo(new CodeAndWords(category.name(), category.label()));
        }
    }

    @Test
    void legalStatusesPlacementsAndReasonsCeasedComeWithTheirWords() {
        assertThat(CareCodes.legalStatus("C2")).isEqualTo(new CodeAndWords("C2", "full care order"));
        assertThat(CareCodes.placementType("K2")).isEqualTo(new CodeAndWords("K2", "children's home"));
        assertThat(CareCodes.provider("PR2")).isEqualTo(new CodeAndWords("PR2", "another council"));
        assertThat(CareCodes.changeReason("CHRES")).isEqualTo(new CodeAndWords("CHRES", "the child asked for it to end"));
        assertThat(CareCodes.entryRoute("REMAND")).isEqualTo(new CodeAndWords("REMAND", "remand"));
        for (LegalStatus status : LegalStatus.values()) {
            assertThat(CareCodes.legalStatus(status.name()).words()).isEqualTo(status.label());
        }
        for (PlacementType type : PlacementType.values()) {
            assertThat(CareCodes.placementType(type.name()).words()).isEqualTo(type.label());
        }
        for (ReasonCeased reason : ReasonCeased.values()) {
            assertThat(CareCodes.reasonCeased(reason.name()).words()).isEqualTo(reason.label());
        }
    }

    @Test
    void noCodeIsNoValueAndACodeTheContractNoLongerKnowsKeepsItsCode() {
        assertThat(CareCodes.changeReason(null)).as("a first placement has no reason for change").isNull();
        assertThat(CareCodes.reasonCeased(null)).as("an open period").isNull();
        assertThat(CareCodes.legalStatus("V1")).isEqualTo(new CodeAndWords("V1", null));
    }
}
