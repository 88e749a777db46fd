package org.caseflow.casework.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.Placement;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.junit.jupiter.api.Test;

/** Every SSDA903 code reads as part of its sentence, with the code after the words. */
class CareWordsTest {

    @Test
    void everyLegalStatusFollowsStartedToBeLookedAfter() {
        assertThat(CareWords.legalStatus(LegalStatus.C2)).isEqualTo("under a full care order (C2)");
        assertThat(CareWords.legalStatus(LegalStatus.C1)).isEqualTo("under an interim care order (C1)");
        assertThat(CareWords.legalStatus(LegalStatus.L1)).isEqualTo("under police protection, in local authority accommodation (L1)");
        assertThat(CareWords.legalStatus(LegalStatus.J1)).isEqualTo("on remand to local authority or youth detention accommodation (J1)");
        assertThat(CareWords.legalStatus(LegalStatus.V2)).isEqualTo("in a single period of accommodation under section 20 (V2)");
        for (LegalStatus status : LegalStatus.values()) {
            assertThat(CareWords.legalStatus(status)).as(status.name()).matches("(under|on|in) [a-z].* \\(" + status.name() + "\\)")
                    .doesNotMatch(".*\\ba [aeiou].*");
        }
    }

    @Test
    void everyPlacementTypeFollowsMovedTo() {
        assertThat(CareWords.placementType(PlacementType.K2)).isEqualTo("a children's home (K2)");
        assertThat(CareWords.placementType(PlacementType.R2)).isEqualTo("an NHS or health trust establishment (R2)");
        assertThat(CareWords.placementType(PlacementType.A5)).isEqualTo("a placement for adoption with a placement order, with"
                + " current foster carers (A5)");
        assertThat(CareWords.placementType(PlacementType.P1)).isEqualTo("a placement with parents or others with parental"
                + " responsibility (P1)");
        assertThat(CareWords.placementType(PlacementType.P2)).isEqualTo("independent living (P2)");
        assertThat(CareWords.placementType(PlacementType.Z1)).isEqualTo("another placement (Z1)");
        for (PlacementType type : PlacementType.values()) {
            assertThat(CareWords.placementType(type)).as(type.name()).endsWith(" (" + type.name() + ")")
                    .doesNotContain("placed").doesNotMatch(".*\\ba [aeiou].*");
        }
    }

    @Test
    void everyProviderSaysWhoProvidesThePlacement() {
        assertThat(CareWords.provider(PlacementProvider.PR4)).isEqualTo("provided by a private provider (PR4)");
        assertThat(CareWords.provider(PlacementProvider.PR1)).isEqualTo("provided by this council (PR1)");
        for (PlacementProvider provider : PlacementProvider.values()) {
            assertThat(CareWords.provider(provider)).startsWith("provided by ").endsWith(" (" + provider.name() + ")");
        }
    }

    @Test
    void aPlacementNamesItsPostcodeDistrictOnlyWhenRecorded() {
        LocalDate from = LocalDate.of(2026, 6, 1);
        assertThat(CareWords.placement(new Placement(from, PlacementType.K2, PlacementProvider.PR4, "SE9", false, true)))
                .isEqualTo("a children's home (K2), provided by a private provider (PR4), in SE9");
        assertThat(CareWords.placement(new Placement(from, PlacementType.U1, PlacementProvider.PR1, null, true, false)))
                .isEqualTo("a foster placement with relative or friend, long term (U1), provided by this council (PR1)");
    }
}
