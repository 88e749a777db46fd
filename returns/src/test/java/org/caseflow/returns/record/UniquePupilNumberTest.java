package org.caseflow.returns.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UniquePupilNumberTest {

    /** Lambeth's (208): 2x2 + 0x3 + 8x4 + 1x5 + 2x6 + 3x7 + 4x8 + 2x9 + 5x10 + 0x11 + 0x12 + 1x13 = 187; 187 mod 23 = 3, D. */
    private static final String VALID = "D208123425001";
    /** A temporary UPN: its last letter, A, is worth 0; the sum is then 174, and 174 mod 23 = 13, P. */
    private static final String TEMPORARY = "P20812342500A";

    @Test
    void the_check_letter_is_the_remainder_of_the_weighted_sum_by_23_in_the_table_of_letters() {
        assertThat(UniquePupilNumber.checkLetter(VALID)).contains('D');
        assertThat(UniquePupilNumber.checkLetter(TEMPORARY)).contains('P');
        assertThat(UniquePupilNumber.hasRightCheckLetter(VALID)).isTrue();
        assertThat(UniquePupilNumber.hasRightCheckLetter(TEMPORARY)).isTrue();
    }

    @Test
    void one_mistyped_digit_gives_another_check_letter() {
        assertThat(UniquePupilNumber.hasRightCheckLetter("D208123425002")).isFalse();
        assertThat(UniquePupilNumber.problem("D208123425002")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("check letter"));
    }

    @Test
    void a_well_formed_upn_has_no_problem() {
        assertThat(UniquePupilNumber.problem(VALID)).isEmpty();
        assertThat(UniquePupilNumber.problem(TEMPORARY)).isEmpty();
    }

    @Test
    void a_upn_of_another_length_has_no_check_letter() {
        assertThat(UniquePupilNumber.checkLetter("D20812342500")).isEmpty();
        assertThat(UniquePupilNumber.problem("D20812342500")).contains("A UPN has 13 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "005", "208", "420", "841", "896", "941"})
    void council_numbers_at_the_edges_of_the_list_are_recognised(String council) {
        assertThat(UniquePupilNumber.hasRecognisedLaNumber("A" + council + "123425001")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "006", "214", "421", "842", "897", "942", "999"})
    void numbers_just_outside_the_list_are_not(String council) {
        assertThat(UniquePupilNumber.hasRecognisedLaNumber("A" + council + "123425001")).isFalse();
    }

    @Test
    void the_last_character_is_a_digit_or_a_letter_other_than_i_o_and_s() {
        assertThat(UniquePupilNumber.hasRecognisedCharacter13("D20812342500Z")).isTrue();
        assertThat(UniquePupilNumber.hasRecognisedCharacter13("D20812342500I")).isFalse();
        assertThat(UniquePupilNumber.hasRecognisedCharacter13("D20812342500O")).isFalse();
        assertThat(UniquePupilNumber.hasRecognisedCharacter13("D20812342500S")).isFalse();
    }

    @Test
    void characters_5_to_12_are_digits() {
        assertThat(UniquePupilNumber.hasNumericCharacters5To12(VALID)).isTrue();
        assertThat(UniquePupilNumber.hasNumericCharacters5To12("D2081234X5001")).isFalse();
    }

    @Test
    void a_former_upn_is_a_letter_and_twelve_digits() {
        assertThat(UniquePupilNumber.isWellFormedFormerUpn("X987654321231")).isTrue();
        assertThat(UniquePupilNumber.isWellFormedFormerUpn("X0000y0000007")).isFalse();
        assertThat(UniquePupilNumber.isWellFormedFormerUpn("X98721238")).isFalse();
        assertThat(UniquePupilNumber.isWellFormedFormerUpn("1987654321231")).isFalse();
    }
}
