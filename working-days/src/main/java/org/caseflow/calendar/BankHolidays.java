package org.caseflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The England and Wales bank holidays for a contiguous run of years. Immutable.
 *
 * <p>The dates are data, not code: proclamations move and add bank holidays (2020, 2022, 2023), so
 * the table lives in a file in the gov.uk {@code bank-holidays.json} format that an administrator
 * can replace or edit without a code change ({@link #fromFile(Path)}). The file shipped in this
 * library ({@link #englandAndWales()}) covers 2018-2030.
 *
 * <p>A year is covered when it has at least one bank holiday; every year from the first to the last
 * must be covered, because a year with none would silently make Christmas a working day. Asking
 * about a date outside the covered years throws {@link DateOutsideCalendarException}.
 */
public final class BankHolidays {

    static final String DEFAULT_RESOURCE = "bank-holidays-england-and-wales.json";

    private final NavigableSet<LocalDate> dates;
    private final YearRange coveredYears;

    private BankHolidays(Collection<LocalDate> dates, String source) {
        if (dates.isEmpty()) {
            throw new BankHolidayDataException(source + " lists no bank holidays");
        }
        this.dates = Collections.unmodifiableNavigableSet(new TreeSet<>(dates));
        this.coveredYears = new YearRange(Year.from(this.dates.first()), Year.from(this.dates.last()));
        requireEveryYearCovered(source);
    }

    /** The bank holidays shipped with this library (2018-2030; 2027-2030 computed, not yet published). */
    public static BankHolidays englandAndWales() {
        return Default.INSTANCE;
    }

    /** An administrator's copy of the gov.uk {@code bank-holidays.json} file, for example with local closure days added. */
    public static BankHolidays fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new BankHolidays(BankHolidayFile.read(in, file.toString()), file.toString());
        } catch (IOException e) {
            throw new BankHolidayDataException("Cannot read the bank holiday file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Bank holidays in the gov.uk {@code bank-holidays.json} format; only the
     * {@code england-and-wales} division is read. The stream is not closed.
     */
    public static BankHolidays fromJson(InputStream json, String sourceName) {
        return new BankHolidays(BankHolidayFile.read(json, sourceName), sourceName);
    }

    /** Exactly these dates; the covered years are the years from the earliest to the latest. Handy in tests. */
    public static BankHolidays of(LocalDate... holidays) {
        return new BankHolidays(Arrays.asList(holidays), "The bank holiday list");
    }

    /**
     * Whether {@code date} is a bank holiday.
     *
     * @throws DateOutsideCalendarException when the date is outside the covered years: "no" would be a guess
     */
    public boolean contains(LocalDate date) {
        requireCovered(date);
        return dates.contains(date);
    }

    public YearRange coveredYears() {
        return coveredYears;
    }

    /** Every bank holiday, in date order. */
    public NavigableSet<LocalDate> dates() {
        return dates;
    }

    void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!coveredYears.contains(date)) {
            throw new DateOutsideCalendarException(date, coveredYears);
        }
    }

    private void requireEveryYearCovered(String source) {
        var yearsWithHolidays = dates.stream().map(LocalDate::getYear).collect(Collectors.toSet());
        var missing = new TreeSet<Integer>();
        for (int year = coveredYears.first().getValue(); year <= coveredYears.last().getValue(); year++) {
            if (!yearsWithHolidays.contains(year)) {
                missing.add(year);
            }
        }
        if (!missing.isEmpty()) {
            throw new BankHolidayDataException(source + " covers " + coveredYears + " but has no bank holidays in "
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ": every year between the first and the last must be listed");
        }
    }

    @Override
    public String toString() {
        return "BankHolidays[" + dates.size() + " dates, " + coveredYears + "]";
    }

    /** Loaded on first use, then shared: the instance is immutable. */
    private static final class Default {
        static final BankHolidays INSTANCE = load();

        private static BankHolidays load() {
            try (InputStream in = BankHolidays.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new BankHolidayDataException("The bank holiday resource " + DEFAULT_RESOURCE + " is missing");
                }
                return fromJson(in, DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
