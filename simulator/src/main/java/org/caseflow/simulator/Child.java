package org.caseflow.simulator;

import java.time.LocalDate;

/** A child of the simulated council, and whether social care or Early Help is working with them now. */
final class Child {

    final String laChildId;
    final String givenName;
    final String familyName;
    final LocalDate dateOfBirth;
    /** Open social care work (an assessment, an enquiry, a plan, a period of care) in any of the child's episodes. */
    private int openSocialCareWork;
    private boolean inEarlyHelp;

    Child(String laChildId, String givenName, String familyName, LocalDate dateOfBirth) {
        this.laChildId = laChildId;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
    }

    /** Social care or Early Help is working with the child: a new contact about them would join that work, not start a journey. */
    boolean isOpen() {
        return openSocialCareWork > 0 || inEarlyHelp;
    }

    boolean isUnder18On(LocalDate day) {
        return day.isBefore(eighteenthBirthday());
    }

    LocalDate eighteenthBirthday() {
        return dateOfBirth.plusYears(18);
    }

    void socialCareWorkStarted() {
        openSocialCareWork++;
    }

    void socialCareWorkEnded() {
        openSocialCareWork--;
    }

    void earlyHelpStarted() {
        inEarlyHelp = true;
    }

    void earlyHelpEnded() {
        inEarlyHelp = false;
    }
}
