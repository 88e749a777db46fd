package org.caseflow.casework.childsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.casework.childsearch.SearchTerms.UnusableSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTermsTest {

    @Test
    void aNameIsItsWordsInLowerCase() {
        SearchTerms terms = SearchTerms.parse("  Jack   O’Brien-Walker ");

        assertThat(terms).isEqualTo(new SearchTerms("Jack O’Brien-Walker", null, null, List.of("jack", "o'brien-walker")));
    }

    @Test
    void aDateOfBirthIsReadTheEnglishWayOrAsIso() {
        assertThat(SearchTerms.parse("02/04/2016").dateOfBirth()).isEqualTo(LocalDate.of(2016, 4, 2));
        assertThat(SearchTerms.parse("2/4/2016").dateOfBirth()).isEqualTo(LocalDate.of(2016, 4, 2));
        assertThat(SearchTerms.parse("2016-04-02").dateOfBirth()).isEqualTo(LocalDate.of(2016, 4, 2));
    }

    @Test
    void lettersAndDigitsWithADigitAreAnLaChildId() {
        assertThat(SearchTerms.parse("C0999001")).isEqualTo(new SearchTerms("C0999001", "C0999001", null, List.of()));
        assertThat(SearchTerms.parse("123456").laChildId()).isEqualTo("123456");
    }

    @Test
    void termsOfEachKindCombine() {
        assertThat(SearchTerms.parse("walker 02/04/2016 C1"))
                .isEqualTo(new SearchTerms("walker 02/04/2016 C1", "C1", LocalDate.of(2016, 4, 2), List.of("walker")));
        assertThat(SearchTerms.parse("J Walker").nameWords()).containsExactly("j", "walker");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| Enter a name, a date of birth or an LA child id.",
            "<script>| “<script>” is not a name, a date of birth (such as 02/04/2016) or an LA child id (letters and digits, such as C0999001).",
            "walker%| “walker%” is not a name, a date of birth (such as 02/04/2016) or an LA child id (letters and digits, such as C0999001).",
            "31/02/2016| “31/02/2016” is not a real date.",
            "2016-13-01| “2016-13-01” is not a real date.",
            "02/04/2016 03/04/2016| Search for one date of birth at a time.",
            "C1 C2| Search for one LA child id at a time.",
            "J| Enter at least two letters of a name, or add a date of birth.",
            "a b c d e f| Search for at most 5 words of a name."})
    void anythingElseIsRefusedSayingWhy(String text, String why) {
        assertThatThrownBy(() -> SearchTerms.parse(text)).isInstanceOf(UnusableSearch.class).hasMessage(why);
    }

    @Test
    void aSearchIsAtMostAHundredCharacters() {
        assertThatThrownBy(() -> SearchTerms.parse("a".repeat(101))).isInstanceOf(UnusableSearch.class)
                .hasMessage("Search for at most 100 characters.");
        assertThat(SearchTerms.parse("a".repeat(100)).nameWords()).hasSize(1);
    }
}
