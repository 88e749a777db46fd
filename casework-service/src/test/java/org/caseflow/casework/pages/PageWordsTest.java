package org.caseflow.casework.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.support.directory.Directory;
import org.junit.jupiter.api.Test;

class PageWordsTest {

    private static final Directory DIRECTORY = new Directory(Map.of("team-north", "Assessment Team North"), List.of("team-north"),
            List.of(), Map.of("north.worker", new Directory.Person("Nia North", "social worker", List.of("team-north"), null, true, null,
                    null, null)));

    @Test
    void teamsAndPeopleAreNamedAsTheDirectoryNamesThemAndOthersByTheirIds() {
        PageWords words = new PageWords(DIRECTORY);

        assertThat(words.team("team-north")).isEqualTo("Assessment Team North");
        assertThat(words.person("north.worker")).isEqualTo("Nia North");
        assertThat(words.team("team-elsewhere")).isEqualTo("team-elsewhere");
        assertThat(words.person("someone.new")).isEqualTo("someone.new");
        assertThat(new PageWords(new Directory(null, null, null, null)).team("team-north")).isEqualTo("team-north");
    }

    @Test
    void datesAreSaidTheEnglishWayAndMomentsInLondonTime() {
        PageWords words = new PageWords(DIRECTORY);

        assertThat(words.day(LocalDate.of(2016, 4, 2))).isEqualTo("2 April 2016");
        assertThat(words.dueDay(LocalDate.of(2026, 2, 26))).isEqualTo("Thursday 26 February 2026");
        assertThat(words.moment(Instant.parse("2026-07-01T09:15:00Z"))).as("British Summer Time").isEqualTo("1 July 2026 at 10:15");
        assertThat(words.day(null)).isEmpty();
    }

    @Test
    void aJourneysCodeIsSaidInWords() {
        PageWords words = new PageWords(DIRECTORY);

        assertThat(words.code("CONCERNS_SUBSTANTIATED")).isEqualTo("Concerns substantiated");
        assertThat(words.code(null)).isEmpty();
    }
}
