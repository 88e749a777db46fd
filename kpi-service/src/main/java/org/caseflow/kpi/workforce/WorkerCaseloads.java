package org.caseflow.kpi.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caseflow.kpi.allocations.CaseAllocations;
import org.caseflow.kpi.allocations.rules.CaseHolders;
import org.caseflow.kpi.childinneed.SocialCareEpisodes;
import org.caseflow.kpi.workforce.rules.Caseloads;
import org.caseflow.kpi.workforce.rules.Caseloads.Caseload;
import org.springframework.stereotype.Component;

/**
 * Each case-holding social worker's caseload at the end of a day ({@link Caseloads}): the children whose case they
 * hold by the latest allocation ({@link CaseHolders}) and whose case is open in social care as the children in need
 * are counted ({@link SocialCareEpisodes}: an open referral, a child in need or child protection plan, or looked after).
 */
@Component
public class WorkerCaseloads {

    private final Workforce workforce;
    private final CaseAllocations allocations;
    private final SocialCareEpisodes socialCare;

    WorkerCaseloads(Workforce workforce, CaseAllocations allocations, SocialCareEpisodes socialCare) {
        this.workforce = workforce;
        this.allocations = allocations;
        this.socialCare = socialCare;
    }

    public List<Caseload> on(LocalDate date) {
        Set<String> openCases = socialCare.childrenInNeedOn(date);
        return Caseloads.of(workforce.caseHoldersOn(date), CaseHolders.on(allocations.madeBy(date, openCases), date), openCases);
    }
}
