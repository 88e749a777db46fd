package org.caseflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.caseflow.calendar.BankHolidays;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * The bank holidays Caseflow ships (2018-2030) with England and Wales' bank holidays of 2016 and 2017 added, written
 * as an administrator's edited copy of gov.uk's bank-holidays.json ({@code BANK_HOLIDAYS_FILE}). A large council's ten
 * years to October 2026 begin in November 2016; the simulation and the KPI service both count working days on it.
 */
final class ExtendedCalendar {

    /** As published by gov.uk for England and Wales: 2016 (Christmas Day on a Sunday) and 2017 (New Year's Day on a Sunday). */
    private static final List<LocalDate> EARLIER_BANK_HOLIDAYS = List.of(
            LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 25), LocalDate.of(2016, 3, 28), LocalDate.of(2016, 5, 2),
            LocalDate.of(2016, 5, 30), LocalDate.of(2016, 8, 29), LocalDate.of(2016, 12, 26), LocalDate.of(2016, 12, 27),
            LocalDate.of(2017, 1, 2), LocalDate.of(2017, 4, 14), LocalDate.of(2017, 4, 17), LocalDate.of(2017, 5, 1),
            LocalDate.of(2017, 5, 29), LocalDate.of(2017, 8, 28), LocalDate.of(2017, 12, 25), LocalDate.of(2017, 12, 26));

    private final Path file;

    private ExtendedCalendar(Path file) {
        this.file = file;
    }

    /** Writes the file in {@code directory}. */
    static ExtendedCalendar writeTo(Path directory) {
        TreeSet<LocalDate> dates = new TreeSet<>(BankHolidays.englandAndWales().dates());
        dates.addAll(EARLIER_BANK_HOLIDAYS);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode division = root.putObject("england-and-wales");
        division.put("division", "england-and-wales");
        ArrayNode events = division.putArray("events");
        dates.forEach(date -> events.addObject().put("title", "Bank holiday").put("date", date.toString()));
        Path file = directory.resolve("bank-holidays-2016-2030.json");
        try {
            Files.createDirectories(directory);
            json.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return new ExtendedCalendar(file);
    }

    Path file() {
        return file;
    }

    WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(BankHolidays.fromFile(file));
    }
}
