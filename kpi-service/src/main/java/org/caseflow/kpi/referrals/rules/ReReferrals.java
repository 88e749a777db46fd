package org.caseflow.kpi.referrals.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * KPI {@code re-referral-rate} (docs/statutory-rules.md section 5, DfE referral-based definition):
 * a referral is a re-referral when the same child had another referral dated in the 12 calendar
 * months before it. The look-back runs from the same day 12 months earlier, that day included
 * (months as {@link LocalDate#minusMonths}: a referral on 29 February 2024 looks back to
 * 28 February 2023), up to the day before the referral: another referral on the same day is not a
 * re-referral of it, nor is a later one. Financial years play no part in the look-back.
 */
public final class ReReferrals {

    private static final int LOOK_BACK_MONTHS = 12;

    /** One referral of a child (CIN census LAchildID, CINreferralDate). */
    public record Referral(String laChildId, LocalDate referralDate) {
    }

    /** The re-referrals among the referrals of a period, and those referrals. */
    public record Count(long reReferrals, long referrals) {
    }

    private ReReferrals() {
    }

    /** The earliest date of another referral that makes one on {@code referralDate} a re-referral. */
    public static LocalDate lookBackFrom(LocalDate referralDate) {
        return referralDate.minusMonths(LOOK_BACK_MONTHS);
    }

    /** Whether a referral on {@code referralDate} is a re-referral because the child had another on {@code otherReferralDate}. */
    public static boolean isReReferral(LocalDate referralDate, LocalDate otherReferralDate) {
        return otherReferralDate.isBefore(referralDate) && !otherReferralDate.isBefore(lookBackFrom(referralDate));
    }

    /**
     * Of the referrals dated from {@code from} to {@code to} (both included), how many are
     * re-referrals. Besides them, {@code referrals} must hold every referral of the same children
     * dated from {@code lookBackFrom(from)}; those outside the period are only looked back to.
     */
    public static Count count(LocalDate from, LocalDate to, Collection<Referral> referrals) {
        Map<String, NavigableSet<LocalDate>> datesByChild = new HashMap<>();
        referrals.forEach(referral -> datesByChild.computeIfAbsent(referral.laChildId(), child -> new TreeSet<>())
                .add(referral.referralDate()));
        long inPeriod = 0;
        long reReferrals = 0;
        for (Referral referral : referrals) {
            LocalDate date = referral.referralDate();
            if (date.isBefore(from) || date.isAfter(to)) {
                continue;
            }
            inPeriod++;
            // the child's latest referral before this one decides: if it is too old, every earlier one is
            LocalDate latestBefore = datesByChild.get(referral.laChildId()).lower(date);
            if (latestBefore != null && isReReferral(date, latestBefore)) {
                reReferrals++;
            }
        }
        return new Count(reReferrals, inPeriod);
    }
}
