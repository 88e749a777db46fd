package org.caseflow.calendar;

/**
 * A bank holiday file (or list) that cannot be used: unreadable, not in the gov.uk
 * {@code bank-holidays.json} format, or leaving a year without any bank holiday between the first
 * and last years it covers. Thrown while loading, so that a bad administrator's edit stops the
 * service at start-up instead of silently turning bank holidays into working days.
 */
public class BankHolidayDataException extends RuntimeException {

    public BankHolidayDataException(String message) {
        super(message);
    }

    public BankHolidayDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
