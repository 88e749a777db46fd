package org.caseflow.simulator;

/**
 * A referral's episode of social care (CIN census CINreferralDate to closure), or a period of care entered
 * directly with none: the child, the ids every step of it carries, its team, and its social worker once
 * allocated. Each piece of its work (the assessment, an enquiry, a plan, a period of care) is counted while in
 * progress, so the child counts as open to social care until the last piece ends.
 */
final class Episode {

    final Child child;
    final String contactId;
    /** Null for a period of care entered directly, outside a referral. */
    final String referralId;
    final String team;
    private String worker;
    private int workInProgress;
    private boolean assessmentInProgress;

    Episode(Child child, String contactId, String referralId, String team) {
        this.child = child;
        this.contactId = contactId;
        this.referralId = referralId;
        this.team = team;
    }

    String worker() {
        return worker;
    }

    void allocate(String worker) {
        this.worker = worker;
    }

    void workStarted() {
        workInProgress++;
        child.socialCareWorkStarted();
    }

    void workEnded() {
        if (workInProgress == 0) {
            throw new IllegalStateException("Episode " + referralId + " has no work in progress to end");
        }
        workInProgress--;
        child.socialCareWorkEnded();
    }

    boolean assessmentInProgress() {
        return assessmentInProgress;
    }

    void assessmentStarted() {
        assessmentInProgress = true;
        workStarted();
    }

    void assessmentEnded() {
        assessmentInProgress = false;
        workEnded();
    }
}
