package org.caseflow.casework.childsearch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a practitioner searched for, read from the one search box: words of a name, a date of birth
 * (dd/mm/yyyy, as people write it, or yyyy-mm-dd) and an LA child id, in any order and any mix;
 * a child is found when they match every one. Anything else is refused with the reason, before the
 * record is read, so a refusal says nothing about who is recorded.
 *
 * @param text        what was searched for, as typed (spaces tidied), for the page and the audit trail
 * @param laChildId   an LA child id (letters and digits, at least one digit); null when none was given
 * @param dateOfBirth a date of birth (or expected date of birth); null when none was given
 * @param nameWords   each word of a name, lower case; a child's given or family name has a word that starts with it
 */
public record SearchTerms(String text, String laChildId, LocalDate dateOfBirth, List<String> nameWords) {

    static final int LONGEST = 100;
    static final int MOST_NAME_WORDS = 5;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ENGLISH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LA_CHILD_ID = Pattern.compile("(?=.*\\d)[A-Za-z0-9]{1,20}");
    /** Letters, with the hyphens and apostrophes names have (Ahmed-Khan, O'Brien). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    public SearchTerms {
        nameWords = List.copyOf(nameWords);
    }

    /** @throws UnusableSearch when the text is none of these, saying why */
    public static SearchTerms parse(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new UnusableSearch("Enter a name, a date of birth or an LA child id.");
        }
        if (text.length() > LONGEST) {
            throw new UnusableSearch("Search for at most " + LONGEST + " characters.");
        }
        String laChildId = null;
        LocalDate dateOfBirth = null;
        List<String> nameWords = new ArrayList<>();
        for (String term : text.split(" ")) {
            if (ISO_DATE.matcher(term).matches() || ENGLISH_DATE.matcher(term).matches()) {
                if (dateOfBirth != null) {
                    throw new UnusableSearch("Search for one date of birth at a time.");
                }
                dateOfBirth = date(term);
            } else if (LA_CHILD_ID.matcher(term).matches()) {
                if (laChildId != null) {
                    throw new UnusableSearch("Search for one LA child id at a time.");
                }
                laChildId = term;
            } else if (NAME_WORD.matcher(term).matches()) {
                nameWords.add(term.toLowerCase(Locale.UK).replace('’', '\''));
            } else {
                throw new UnusableSearch("“" + term + "” is not a name, a date of birth (such as 02/04/2016) or an LA child id"
                        + " (letters and digits, such as C0999001).");
            }
        }
        if (nameWords.size() > MOST_NAME_WORDS) {
            throw new UnusableSearch("Search for at most " + MOST_NAME_WORDS + " words of a name.");
        }
        if (laChildId == null && dateOfBirth == null && nameWords.stream().noneMatch(word -> word.length() >= 2)) {
            throw new UnusableSearch("Enter at least two letters of a name, or add a date of birth.");
        }
        return new SearchTerms(text, laChildId, dateOfBirth, nameWords);
    }

    private static LocalDate date(String term) {
        try {
            return term.contains("/") ? LocalDate.parse(term, ENGLISH) : LocalDate.parse(term);
        } catch (DateTimeParseException notADay) {
            throw new UnusableSearch("“" + term + "” is not a real date.");
        }
    }

    /** A search that cannot be run: the page says why, with a 400. */
    public static class UnusableSearch extends RuntimeException {

        UnusableSearch(String why) {
            super(why);
        }
    }
}
