package org.caseflow.casework.contact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.journey.events.frontdoor.ContactChannel;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ReferrerFollowUp;
import org.junit.jupiter.api.Test;

class FrontDoorFollowUpTest {

    @Test
    void onlyAWrittenContactClosedWithTheReferrerNotToldIsShown() {
        assertThat(FrontDoorFollowUp.closedWithoutFollowUp(ContactChannel.EMAIL, ContactOutcome.NO_FURTHER_ACTION, ReferrerFollowUp.NOT_TOLD))
                .isTrue();
        assertThat(FrontDoorFollowUp.closedWithoutFollowUp(ContactChannel.LETTER, ContactOutcome.INFORMATION_AND_ADVICE, null))
                .as("recorded before the front door asked").isTrue();
        assertThat(FrontDoorFollowUp.closedWithoutFollowUp(ContactChannel.ONLINE_FORM, ContactOutcome.NO_FURTHER_ACTION,
                ReferrerFollowUp.TOLD)).isFalse();
        assertThat(FrontDoorFollowUp.closedWithoutFollowUp(ContactChannel.PHONE, ContactOutcome.NO_FURTHER_ACTION, ReferrerFollowUp.NOT_TOLD))
                .as("a caller knows").isFalse();
        assertThat(FrontDoorFollowUp.closedWithoutFollowUp(ContactChannel.EMAIL, ContactOutcome.REFERRAL, ReferrerFollowUp.NOT_TOLD))
                .as("not closed").isFalse();
        assertThat(FrontDoorFollowUp.closedWithoutFollowUp(null, ContactOutcome.NO_FURTHER_ACTION, null)).isFalse();
    }

    @Test
    void delaysAreCalendarDaysAcrossMonthEndsAndLeapDays() {
        assertThat(FrontDoorFollowUp.daysBetween(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1))).isEqualTo(2);
        assertThat(FrontDoorFollowUp.daysBetween(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1))).isEqualTo(1);
        assertThat(FrontDoorFollowUp.daysBetween(null, LocalDate.of(2026, 3, 1))).isNull();
    }
}
