package org.caseflow.casework.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.directory.Directory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the pages say dates, codes, teams and people: dates the English way whatever the browser's
 * language, a team or person by the name the council's directory gives them, with the id beside it
 * where the page needs both. With no directory configured, ids stand for themselves.
 */
@Component
@EnableConfigurationProperties(Directory.class)
public class PageWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_OF_WEEK = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Directory directory;

    PageWords(Directory directory) {
        this.directory = directory;
    }

    /** "2 April 2016"; empty for no date. */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "Thursday 26 February 2026", for a date something is due by; empty for no date. */
    public String dueDay(LocalDate date) {
        return date == null ? "" : DAY_OF_WEEK.format(date);
    }

    /** "5 March 2026 at 10:15", London time. */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(BusinessDates.LONDON));
    }

    /** A journey's code in words: {@code CONCERNS_SUBSTANTIATED} is "Concerns substantiated"; empty for none. */
    public String code(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A team by its name in the directory, else its id; empty for none. */
    public String team(String teamId) {
        return teamId == null ? "" : directory.groups().getOrDefault(teamId, teamId);
    }

    /** A person by their name in the directory, else their user id; empty for none. */
    public String person(String userId) {
        if (userId == null) {
            return "";
        }
        Directory.Person person = directory.people().get(userId);
        return person == null || person.name() == null ? userId : person.name();
    }

    /** "Yes" or "No"; empty when not recorded. */
    public String yesNo(Boolean answer) {
        return answer == null ? "" : answer ? "Yes" : "No";
    }
}
