package org.caseflow.casework.fostering;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a household is approved to foster now, or was deregistered; said in lower case, as the register's filter takes it. */
enum CarerStatus {
    APPROVED,
    DEREGISTERED;

    @JsonValue
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a word names exactly ({@code approved}); empty for any other. */
    static Optional<CarerStatus> named(String word) {
        return Arrays.stream(values()).filter(status -> status.word().equals(word)).findFirst();
    }
}
