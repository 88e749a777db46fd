package org.caseflow.casework.childpage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindWordsTest {

    @ParameterizedTest
    @CsvSource({
            "ContactReceived, Contact received",
            "IcpcHeld, Initial child protection conference held",
            "Section47Completed, Section 47 completed",
            "CpVisitMade, Child protection visit made",
            "CinPlanStarted, Child in need plan started",
            "ClaReviewHeld, Looked-after child review held",
            "EarlyHelpEpisodeStarted, Early Help episode started",
            "AssessmentOverdue, Assessment overdue"})
    void aKindIsSaidInWordsWithTheJourneysAbbreviationsSpeltOut(String kind, String words) {
        assertThat(KindWords.of(kind)).isEqualTo(words);
    }
}
