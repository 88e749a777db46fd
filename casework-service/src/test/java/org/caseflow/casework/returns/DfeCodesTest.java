package org.caseflow.casework.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseflow.journey.events.frontdoor.ContactSource;
import org.caseflow.journey.events.lookedafter.PlacementChangeReason;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.returns.record.ReasonForClosure;
import org.caseflow.returns.record.ReferralSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DfeCodesTest {

    @ParameterizedTest
    @EnumSource(ContactSource.class)
    void everyContactSourceHasAReferralSource(ContactSource source) {
        assertThat(DfeCodes.referralSource(source.name())).isNotNull();
    }

    @Test
    void aReferralWithNoContactHasAnUnknownSource() {
        assertThat(DfeCodes.referralSource(null)).isEqualTo(ReferralSource.UNKNOWN);
        assertThat(DfeCodes.referralSource("HEALTH").code()).isEqualTo("3F");
    }

    @ParameterizedTest
    @CsvSource({
            "NO_FURTHER_ACTION, RC8",
            "STEP_DOWN_TO_EARLY_HELP, RC9",
            "SECTION_47_EARLY_HELP, RC9",
            "SECTION_47_NO_FURTHER_ACTION, RC8",
            "INITIAL_CONFERENCE_NO_FURTHER_ACTION, RC8",
            "CP_PLAN_ENDED_STEP_DOWN_TO_EARLY_HELP, RC7",
            "CIN_PLAN_ENDED_NO_LONGER_IN_NEED, RC7",
            "CARE_CEASED_E11, RC1",
            "CARE_CEASED_E2, RC2",
            "CARE_CEASED_E41, RC3",
            "CARE_CEASED_E46, RC4",
            "CARE_CEASED_E3, RC5",
            "CARE_CEASED_E7, RC6",
            "CARE_CEASED_E4A, RC7"})
    void anEpisodesEndIsItsReasonForClosure(String endReason, ReasonForClosure expected) {
        assertThat(DfeCodes.reasonForClosure(endReason)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(PlacementType.class)
    void everyPlacementTypeTheJourneyOffersIsTheDfesOrLeftBlank(PlacementType type) {
        org.caseflow.returns.record.PlacementType written = DfeCodes.placementType(type.name());
        switch (type.name()) {
            case "H5" -> assertThat(written).isEqualTo(org.caseflow.returns.record.PlacementType.K3);
            case "P2", "Z1" -> assertThat(written).isNull();
            default -> assertThat(written.code()).isEqualTo(type.name());
        }
    }

    @ParameterizedTest
    @EnumSource(PlacementChangeReason.class)
    void everyReasonForAMoveIsTheDfes(PlacementChangeReason reason) {
        assertThat(DfeCodes.placementChangeReason(reason.name())).isNotNull();
        assertThat(DfeCodes.placementChangeReason("CHRES").code()).isEqualTo("CHILD");
    }
}
