package org.caseflow.returns.validation.ssda903;

import java.util.List;
import java.util.Set;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.Person;
import org.caseflow.returns.record.UpnUnknownReason;
import org.caseflow.returns.ssda903.Episode;
import org.caseflow.returns.validation.Ssda903Rule;
import org.caseflow.returns.validation.Where;

/**
 * 168: the header's UPN, where given, is a UPN of the right shape (a letter other than I, O and S,
 * eleven digits, and a digit or such a letter), or one of the reasons for none SSDA903 accepts, UN1 to
 * UN5. The CIN census's UN6 and UN7 are not among them. A child in no episode of the year is not in
 * the return.
 */
final class Rule168UpnNotValid extends Ssda903Rule {

    private static final Set<UpnUnknownReason> ACCEPTED_REASONS = Set.of(UpnUnknownReason.UN1, UpnUnknownReason.UN2,
            UpnUnknownReason.UN3, UpnUnknownReason.UN4, UpnUnknownReason.UN5);

    @Override
    public String code() {
        return "168";
    }

    @Override
    public String message() {
        return "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.";
    }

    @Override
    protected List<String> check(ChildRecord child, List<Episode> episodes, FinancialYear year) {
        if (episodes.isEmpty()) {
            return List.of();
        }
        Person person = child.person();
        if (person.upn() != null) {
            return isValid(person.upn()) ? List.of() : List.of(Where.HEADER_UPN);
        }
        return person.upnUnknown() == null || ACCEPTED_REASONS.contains(person.upnUnknown()) ? List.of() : List.of(Where.HEADER_UPN);
    }

    private static boolean isValid(String upn) {
        return upn.matches("[A-HJ-NP-RT-Z]\\d{11}[0-9A-HJ-NP-RT-Z]");
    }
}
