package org.caseflow.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the gov.uk {@code bank-holidays.json} format:
 * <pre>
 * {"england-and-wales": {"division": "england-and-wales",
 *                        "events": [{"title": "...", "date": "YYYY-MM-DD", "notes": "", "bunting": true}]},
 *  "scotland": {...}, "northern-ireland": {...}}
 * </pre>
 * Only {@code england-and-wales} is read (Scottish and Northern Irish holidays never apply); other
 * keys and fields are ignored, so the official file can be dropped in unchanged.
 */
final class BankHolidayFile {

    static final String DIVISION = "england-and-wales";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BankHolidayFile() {
    }

    static List<LocalDate> read(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new BankHolidayDataException(source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path(DIVISION).path("events").isArray()) {
            throw new BankHolidayDataException(source + " is not in the gov.uk bank-holidays.json format: it needs "
                    + "{\"" + DIVISION + "\": {\"events\": [...]}}");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode event : root.path(DIVISION).path("events")) {
            dates.add(dateOf(event, source));
        }
        return dates;
    }

    private static LocalDate dateOf(JsonNode event, String source) {
        String text = event.path("date").asText("");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BankHolidayDataException(source + ": the event " + event + " needs a \"date\" as YYYY-MM-DD", e);
        }
    }
}
