package org.caseflow.returns.validation;

import java.time.LocalDate;
import org.caseflow.returns.record.Assessment;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.record.MissingEpisode;
import org.caseflow.returns.record.Section47Enquiry;
import org.caseflow.returns.ssda903.Episode;

/** How a failure says where it is: the return's own names, and the dates that identify the item in the child's record. */
public final class Where {

    /** The child's unique pupil number in the census. */
    public static final String UPN = "ChildIdentifiers UPN";
    public static final String FORMER_UPN = "ChildIdentifiers FormerUPN";
    /** The child's unique pupil number, or the reason for none, in the SSDA903 header. */
    public static final String HEADER_UPN = "Header UPN";

    private Where() {
    }

    public static String disability(Disability disability) {
        return "Disabilities Disability " + disability.code();
    }

    public static String episode(CinEpisode episode) {
        return "CINdetails referred " + episode.referralDate();
    }

    public static String assessment(CinEpisode episode, Assessment assessment) {
        return episode(episode) + " / Assessments started " + assessment.startDate();
    }

    public static String section47(CinEpisode episode, Section47Enquiry enquiry) {
        return episode(episode) + " / Section47 started " + enquiry.startDate();
    }

    public static String cpPlan(CinEpisode episode, CpPlan plan) {
        return episode(episode) + " / ChildProtectionPlans started " + plan.startDate();
    }

    public static String review(CinEpisode episode, CpPlan plan, LocalDate review) {
        return cpPlan(episode, plan) + " / CPPreviewDate " + review;
    }

    public static String episode(Episode episode) {
        return "Episodes DECOM " + episode.started();
    }

    public static String missing(MissingEpisode missing) {
        return "Missing MIS_START " + missing.startDate();
    }
}
