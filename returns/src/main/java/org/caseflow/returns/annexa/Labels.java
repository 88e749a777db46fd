package org.caseflow.returns.annexa;

import java.util.Map;
import org.caseflow.returns.record.DescribedCode;
import org.caseflow.returns.record.Ethnicity;
import org.caseflow.returns.record.Sex;

/**
 * How Annex A cells read. Gender, ethnicity and yes or no follow the lettered choices of Ofsted's
 * template ("a) Male", "a) WBRI", "a) Yes"); every other coded column is the DfE code and its words,
 * "N1: abuse or neglect", so that it reads for an inspector and still sorts and filters by code.
 */
final class Labels {

    private static final Map<Sex, String> GENDER = Map.of(
            Sex.M, "a) Male",
            Sex.F, "b) Female",
            Sex.U, "c) Not stated/recorded");

    private Labels() {
    }

    static String gender(Sex sex) {
        return sex == null ? null : GENDER.get(sex);
    }

    /** "a) WBRI" to "s) NOBT": the template's letters follow the DfE's order, refused and not obtained sharing the last. */
    static String ethnicity(Ethnicity ethnicity) {
        if (ethnicity == null) {
            return null;
        }
        int letter = Math.min(ethnicity.ordinal(), Ethnicity.REFU.ordinal());
        return (char) ('a' + letter) + ") " + ethnicity.code();
    }

    static String yesNo(Boolean value) {
        if (value == null) {
            return null;
        }
        return value ? "a) Yes" : "b) No";
    }

    static String coded(DescribedCode code) {
        return code == null ? null : code.code() + ": " + code.label();
    }
}
