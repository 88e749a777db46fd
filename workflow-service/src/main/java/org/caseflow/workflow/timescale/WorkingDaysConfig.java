package org.caseflow.workflow.timescale;

import java.nio.file.Path;
import org.caseflow.calendar.BankHolidays;
import org.caseflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkingDaysConfig {

    /**
     * England and Wales working days. An administrator may point {@code BANK_HOLIDAYS_FILE} at an
     * edited copy of the gov.uk bank-holidays.json (new years, local closure days) without a release.
     */
    @Bean
    WorkingDayCalendar workingDayCalendar(@Value("${caseflow.calendar.bank-holidays-file:}") String file) {
        return file.isBlank()
                ? WorkingDayCalendar.englandAndWales()
                : new WorkingDayCalendar(BankHolidays.fromFile(Path.of(file)));
    }
}
