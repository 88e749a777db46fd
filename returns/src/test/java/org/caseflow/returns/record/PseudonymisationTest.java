package org.caseflow.returns.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PseudonymisationTest {

    private static final LocalDate REFERRED = LocalDate.of(2025, 6, 2);

    @Test
    void datesOfBirthBecomeTheirMonthAndIdentifiersNamesAndFullPostcodesGo() {
        ChildRecord whole = child("C1").upn("A123456789012").born(LocalDate.of(2015, 3, 17))
                .motherOfChildBornOn(LocalDate.of(2025, 8, 30))
                .episode(referral(REFERRED).allocated("team-north", "north.worker"))
                .care(lookedAfterFrom(LocalDate.of(2025, 7, 1), LegalStatus.C2, PlacementType.U4, PlacementProvider.PR1)
                        .home("SE9 4AB").allocated("team-cic", "cic.worker")
                        .moved(LocalDate.of(2025, 9, 1), PlacementType.K2, PlacementProvider.PR4, "BR14RT", null, PlacementChangeReason.CARPL))
                .build();

        ChildRecord degraded = Pseudonymisation.of(whole);

        assertThat(degraded.laChildId()).as("kept, to link extracts").isEqualTo("C1");
        assertThat(degraded.person().dateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(degraded.person().firstChildBornOn()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(degraded.person().upn()).isNull();
        assertThat(degraded.cinEpisodes().get(0).allocation()).isEqualTo(new Allocation("team-north", null));
        assertThat(degraded.cinEpisodes().get(0).referralDate()).as("the returns' own dates stay").isEqualTo(REFERRED);
        CarePeriod period = degraded.carePeriods().get(0);
        assertThat(period.homePostcodeDistrict()).isEqualTo("SE9");
        assertThat(period.placements()).extracting(Placement::postcodeDistrict).containsExactly("SE9", "BR1");
        assertThat(period.allocation().worker()).isNull();
        assertThat(period.startDate()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aDistrictStaysADistrict() {
        assertThat(Pseudonymisation.district("SE9")).isEqualTo("SE9");
        assertThat(Pseudonymisation.district("ec1a 1bb")).isEqualTo("EC1A");
        assertThat(Pseudonymisation.district("EC1A1BB")).isEqualTo("EC1A");
        assertThat(Pseudonymisation.district(" ")).isNull();
    }
}
