package org.caseflow.returns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.UpnUnknownReason;
import org.junit.jupiter.api.Test;

class Rule168UpnNotValidTest {

    private final Rule168UpnNotValid rule = new Rule168UpnNotValid();

    private static ChildBuilder lookedAfter() {
        return child("CF1").care(lookedAfterFrom(LocalDate.of(2025, 6, 2), LegalStatus.C2, PlacementType.U6, PlacementProvider.PR1));
    }

    @Test
    void a_upn_of_the_right_shape_passes() {
        assertThat(rule.failures(lookedAfter().upn("D208123425001").build(), YEAR_2025_26)).isEmpty();
        assertThat(rule.failures(lookedAfter().upn("P20812342500A").build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void a_upn_of_another_shape_fails() {
        assertThat(rule.failures(lookedAfter().upn("I208123425001").build(), YEAR_2025_26)).containsExactly("Header UPN");
        assertThat(rule.failures(lookedAfter().upn("D20812342500S").build(), YEAR_2025_26)).containsExactly("Header UPN");
        assertThat(rule.failures(lookedAfter().upn("D20812342500").build(), YEAR_2025_26)).containsExactly("Header UPN");
    }

    @Test
    void reasons_un1_to_un5_pass() {
        assertThat(rule.failures(lookedAfter().upnUnknown(UpnUnknownReason.UN1).build(), YEAR_2025_26)).isEmpty();
        assertThat(rule.failures(lookedAfter().upnUnknown(UpnUnknownReason.UN5).build(), YEAR_2025_26)).isEmpty();
    }

    @Test
    void the_census_reasons_un6_and_un7_fail() {
        assertThat(rule.failures(lookedAfter().upnUnknown(UpnUnknownReason.UN6).build(), YEAR_2025_26)).containsExactly("Header UPN");
        assertThat(rule.failures(lookedAfter().upnUnknown(UpnUnknownReason.UN7).build(), YEAR_2025_26)).containsExactly("Header UPN");
    }

    @Test
    void a_child_not_looked_after_in_the_year_is_not_in_the_return() {
        assertThat(rule.failures(child("CF1").upnUnknown(UpnUnknownReason.UN7).build(), YEAR_2025_26)).isEmpty();
    }
}
