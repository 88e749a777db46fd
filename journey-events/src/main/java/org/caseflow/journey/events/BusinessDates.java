package org.caseflow.journey.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Business dates are {@code LocalDate}s in Europe/London. Forms and clients send them as ISO 8601
 * dates, local date-times or date-times with an offset; all mean the day it was in London.
 */
public final class BusinessDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private BusinessDates() {
    }

    /** @throws DateTimeParseException when the text is none of the accepted shapes */
    public static LocalDate parseDate(String text) {
        return parseDateTime(text).toLocalDate();
    }

    /** A date-time in London; a bare date means its start. */
    public static ZonedDateTime parseDateTime(String text) {
        String value = text.trim();
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(LONDON);
        }
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(LONDON);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).atZone(LONDON);
        }
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }
}
