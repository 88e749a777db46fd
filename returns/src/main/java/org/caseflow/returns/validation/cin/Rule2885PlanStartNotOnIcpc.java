package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 2885: a CPPstartDate in the census year should equal the DateOfInitialCPC of a Section47 group in
 * the same episode (or the episode's own DateOfInitialCPC, which Caseflow does not write): a plan
 * needs the conference that made it.
 */
final class Rule2885PlanStartNotOnIcpc extends CinCensusRule {

    @Override
    public String code() {
        return "2885";
    }

    @Override
    public String message() {
        return "Child protection plan shown as starting a different day to the initial child protection conference.";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.cpPlans().stream()
                        .filter(plan -> year.contains(plan.startDate()))
                        .filter(plan -> !startsOnAConference(episode, plan))
                        .map(plan -> Where.cpPlan(episode, plan)))
                .toList();
    }

    private static boolean startsOnAConference(CinEpisode episode, CpPlan plan) {
        return episode.section47Enquiries().stream()
                .filter(enquiry -> !enquiry.icpcNotRequired())
                .anyMatch(enquiry -> plan.startDate().equals(enquiry.icpcDate()));
    }
}
