package org.caseflow.support.calendar;

import java.nio.file.Path;
import org.caseflow.calendar.BankHolidays;
import org.caseflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * England and Wales working days for every service that counts them. An administrator may point
 * {@code caseflow.calendar.bank-holidays-file} ({@code BANK_HOLIDAYS_FILE}) at an edited copy of
 * gov.uk's bank-holidays.json (new years, local closure days) without a release.
 */
@AutoConfiguration
@ConditionalOnClass(WorkingDayCalendar.class)
public class WorkingDaysAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(@Value("${caseflow.calendar.bank-holidays-file:}") String file) {
        return file.isBlank()
                ? WorkingDayCalendar.englandAndWales()
                : new WorkingDayCalendar(BankHolidays.fromFile(Path.of(file)));
    }
}
