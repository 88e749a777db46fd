package org.caseflow.casework.characteristics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.record.Ethnicity;
import org.caseflow.returns.record.Sex;
import org.caseflow.returns.record.UniquePupilNumber;
import org.caseflow.returns.record.UpnUnknownReason;

/**
 * The child's characteristics as {@code PUT /api/casework/children/{id}/characteristics} takes them:
 * it replaces them all, so a characteristic left out is cleared, except ethnicity, which is then
 * NOBT ("information not yet obtained"). Codes are the DfE's; a UPN is checked as the census rules
 * check it (1510 to 1550, {@link #upnProblem}), so the record refuses what the returns would report.
 *
 * @param upn              written as on the school's records; spaces are ignored and letters read as capitals
 * @param upnUnknownReason given only when there is no UPN
 * @param disabilities     {@code NONE} alone for a child with none; each code once
 */
record CharacteristicsChange(
        @JsonDeserialize(using = ExactCode.class) Sex sex,
        @JsonDeserialize(using = ExactCode.class) Ethnicity ethnicity,
        @Size(max = 20) String upn,
        @Size(max = 20) String formerUpn,
        @JsonDeserialize(using = ExactCode.class) UpnUnknownReason upnUnknownReason,
        @Size(max = 13) @JsonDeserialize(contentUsing = ExactCode.class) List<Disability> disabilities) {

    /**
     * What is wrong with the UPN, in the terms of the census rule it would break ({@link UniquePupilNumber#problem}),
     * so that a worker who mistyped a digit is told that the check letter does not match; empty when nothing is.
     */
    Optional<String> upnProblem() {
        return upn == null ? Optional.empty() : UniquePupilNumber.problem(normalised(upn));
    }

    @AssertTrue(message = "give either a UPN or the reason there is none, not both")
    boolean isUpnOrReasonForNone() {
        return upn == null || upnUnknownReason == null;
    }

    @AssertTrue(message = "a former UPN is a letter and 12 digits (census rule 1560Q)")
    boolean isFormerUpnValid() {
        return formerUpn == null || UniquePupilNumber.isWellFormedFormerUpn(normalised(formerUpn));
    }

    @AssertTrue(message = "NONE stands alone, and each disability is given once (census rules 8790 and 8794)")
    boolean isDisabilitiesConsistent() {
        if (disabilities == null) {
            return true;
        }
        boolean noNull = disabilities.stream().allMatch(Objects::nonNull);
        boolean noneAlone = !disabilities.contains(Disability.NONE) || disabilities.size() == 1;
        return noNull && noneAlone && new HashSet<>(disabilities).size() == disabilities.size();
    }

    ChildCharacteristics characteristics() {
        return new ChildCharacteristics(sex, ethnicity == null ? Ethnicity.NOBT : ethnicity, upn == null ? null : normalised(upn),
                formerUpn == null ? null : normalised(formerUpn), upnUnknownReason, disabilities);
    }

    /** As the returns write it: without spaces, in capitals. */
    static String normalised(String upn) {
        return upn.replace(" ", "").toUpperCase(Locale.UK);
    }
}
