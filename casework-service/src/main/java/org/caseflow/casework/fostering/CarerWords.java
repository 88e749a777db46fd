package org.caseflow.casework.fostering;

import java.util.function.Function;
import org.caseflow.casework.child.CodeAndWords;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.journey.events.fostering.DeregistrationReason;

/** The register's codes with their plain words, taken from the event contract's own labels. */
final class CarerWords {

    private CarerWords() {
    }

    /** {@code KINSHIP}: "kinship (connected person) carer". */
    static CodeAndWords type(String code) {
        return withWords(code, name -> CarerType.valueOf(name).label());
    }

    /** {@code RESIGNED}: "the carer resigned". */
    static CodeAndWords deregistrationReason(String code) {
        return withWords(code, name -> DeregistrationReason.valueOf(name).label());
    }

    /** A code kept before the contract stopped knowing it is answered without words, not refused. */
    private static CodeAndWords withWords(String code, Function<String, String> label) {
        if (code == null) {
            return null;
        }
        try {
            return new CodeAndWords(code, label.apply(code));
        } catch (IllegalArgumentException unknown) {
            return new CodeAndWords(code, null);
        }
    }
}
