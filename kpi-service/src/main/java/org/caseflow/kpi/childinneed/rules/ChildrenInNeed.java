package org.caseflow.kpi.childinneed.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.caseflow.kpi.measures.rules.Involvement;

/**
 * KPI {@code cin-count} (docs/statutory-rules.md section 5), as the CIN census counts children in need:
 * the children with an open episode of social care at the end of the reporting date, each child once,
 * whether it is a referral still open ({@link ReferralEpisode}), a child in need plan, a child protection
 * plan or a period of care (every child looked after is a child in need, those looked after only under
 * short breaks too). The plans and periods of care sit in their referrals' episodes, which stay open while
 * they do; they are counted in their own right as well, so that one whose referral Caseflow does not hold
 * (a child who came into care by police protection, say) still counts.
 */
public final class ChildrenInNeed {

    private ChildrenInNeed() {
    }

    public static Set<String> on(LocalDate date, Collection<? extends Involvement> episodes, Collection<? extends Involvement> cinPlans,
            Collection<? extends Involvement> cpPlans, Collection<? extends Involvement> periodsOfCare) {
        Set<String> children = new HashSet<>(Involvement.childrenOpenOn(episodes, date));
        children.addAll(Involvement.childrenOpenOn(cinPlans, date));
        children.addAll(Involvement.childrenOpenOn(cpPlans, date));
        children.addAll(Involvement.childrenOpenOn(periodsOfCare, date));
        return children;
    }
}
