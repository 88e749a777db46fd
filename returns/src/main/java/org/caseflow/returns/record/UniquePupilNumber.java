package org.caseflow.returns.record;

import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The structure of a unique pupil number (UPN), as the DfE gives it in the CIN census specification
 * (data item N00001) and checks it with the census rules 1510 to 1550: thirteen characters, a check
 * letter, then the three-digit number of the council that issued it, eight more digits (the school and
 * the year of issue, and a serial number), and a last character that is a digit, or a letter for a
 * temporary UPN. The letters I, O and S are never used, so that they cannot be read as 1, 0 and 5.
 *
 * <p>One place for these checks, so that the record refuses what the rules would report: the case
 * record checks a UPN with them when a worker records it, and the rules check what the returns hold.
 */
public final class UniquePupilNumber {

    /**
     * Check letters and a temporary UPN's last character, by value: A to Z without I, O and S, so that
     * the 23 remainders of a division by 23 each have a letter.
     */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final int LENGTH = 13;

    /**
     * The council numbers a UPN may carry in characters 2 to 4 (rule 1530): the post-April 1998 local
     * authority numbers and the DfE's recognised "pseudo LA" numbers, as the census specification lists them.
     */
    private static final int[][] LA_NUMBERS = {
            {1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384}, {390, 394},
            {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {815, 816}, {820, 823}, {825, 826},
            {830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857}, {860, 861}, {865, 896}, {908, 909}, {916, 916},
            {919, 919}, {921, 921}, {925, 926}, {928, 929}, {931, 931}, {933, 933}, {935, 938}, {940, 941}};

    private UniquePupilNumber() {
    }

    /** Characters 5 to 12 are all digits (rule 1540). */
    public static boolean hasNumericCharacters5To12(String upn) {
        return upn.length() >= 12 && upn.substring(4, 12).chars().allMatch(UniquePupilNumber::isDigit);
    }

    /** Character 13 is a digit, or a letter other than I, O and S (rule 1550). */
    public static boolean hasRecognisedCharacter13(String upn) {
        return upn.length() == LENGTH && (isDigit(upn.charAt(12)) || LETTERS.indexOf(upn.charAt(12)) >= 0);
    }

    /** Characters 2 to 4 are the number of a council, or of a recognised "pseudo LA" (rule 1530). */
    public static boolean hasRecognisedLaNumber(String upn) {
        if (upn.length() < 4 || !upn.substring(1, 4).chars().allMatch(UniquePupilNumber::isDigit)) {
            return false;
        }
        int number = Integer.parseInt(upn.substring(1, 4));
        return java.util.Arrays.stream(LA_NUMBERS).anyMatch(range -> number >= range[0] && number <= range[1]);
    }

    /**
     * The check letter the UPN should start with (rule 1510), when the rest of it is well formed: each of
     * characters 2 to 13 multiplied by its position (2 to 13), the last character of a temporary UPN
     * taken at its value in the table of letters (A 0, B 1 ... Z 22); the sum's remainder on division
     * by 23 is the check letter's value in the same table.
     *
     * @return empty when characters 2 to 13 cannot be weighed: not 13 characters, or not digits where digits belong
     */
    public static Optional<Character> checkLetter(String upn) {
        if (upn.length() != LENGTH || !upn.substring(1, 12).chars().allMatch(UniquePupilNumber::isDigit)
                || !hasRecognisedCharacter13(upn)) {
            return Optional.empty();
        }
        int sum = IntStream.rangeClosed(2, LENGTH).map(position -> position * value(upn.charAt(position - 1))).sum();
        return Optional.of(LETTERS.charAt(sum % LETTERS.length()));
    }

    /** The first character is the check letter of the rest (rule 1510); a UPN whose rest is not well formed has none. */
    public static boolean hasRightCheckLetter(String upn) {
        return checkLetter(upn).map(letter -> letter == upn.charAt(0)).orElse(false);
    }

    /**
     * The shape of a former UPN (rule 1560Q): thirteen characters, a letter, then twelve digits. A
     * former UPN may be an old temporary one, so its check letter is not checked.
     */
    public static boolean isWellFormedFormerUpn(String formerUpn) {
        return formerUpn.length() == LENGTH && Character.isLetter(formerUpn.charAt(0))
                && formerUpn.substring(1).chars().allMatch(UniquePupilNumber::isDigit);
    }

    /**
     * What is wrong with a UPN, in the words of the census rule it would break, or empty when nothing is:
     * how the case record explains a UPN it refuses.
     */
    public static Optional<String> problem(String upn) {
        if (upn.length() != LENGTH) {
            return Optional.of("A UPN has 13 characters.");
        }
        if (!hasRecognisedLaNumber(upn)) {
            return Optional.of("Characters 2 to 4 of a UPN are the number of the council that issued it: " + upn.substring(1, 4)
                    + " is no council's.");
        }
        if (!hasNumericCharacters5To12(upn)) {
            return Optional.of("Characters 5 to 12 of a UPN are digits.");
        }
        if (!hasRecognisedCharacter13(upn)) {
            return Optional.of("The last character of a UPN is a digit, or a letter other than I, O and S.");
        }
        if (!hasRightCheckLetter(upn)) {
            return Optional.of("The first character of this UPN should be its check letter, " + checkLetter(upn).orElseThrow()
                    + ": check the UPN for a mistyped character.");
        }
        return Optional.empty();
    }

    private static boolean isDigit(int character) {
        return character >= '0' && character <= '9';
    }

    private static int value(char character) {
        return isDigit(character) ? character - '0' : LETTERS.indexOf(character);
    }
}
