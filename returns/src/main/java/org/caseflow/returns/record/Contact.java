package org.caseflow.returns.record;

import java.time.LocalDate;

/** A contact to the front door (Annex A list 1), with its source in the CIN census referral source codes. */
public record Contact(LocalDate receivedOn, ReferralSource source) {
}
