package org.caseflow.support.calendar;

import java.nio.file.Path;
import org.caseflow.calendar.BankHolidays;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * England and Wales working days for every service that counts them. An administrator may point
 * {@code caseflow.calendar.bank-holidays-file} ({@code BANK_HOLIDAYS_FILE}) at an edited copy of
 * gov.uk's bank-holidays.json (new years, local closure days) without a release. The council's own
 * timescales ({@code caseflow.local-timescales}) come with them.
 */
@AutoConfiguration
@EnableConfigurationProperties(LocalTimescaleSettings.class)
@ConditionalOnClass(WorkingDayCalendar.class)
public class WorkingDaysAutoConfiguration {

    /** Checked as the service starts: a council's setting that makes no sense stops it, with the reason. */
    @Bean
    @ConditionalOnMissingBean
    Timescales timescales(LocalTimescaleSettings settings) {
        return new Timescales(LocalTimescales.englandCommon().withIntervals(settings.localTimescales()));
    }

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(@Value("${caseflow.calendar.bank-holidays-file:}") String file) {
        return file.isBlank()
                ? WorkingDayCalendar.englandAndWales()
                : new WorkingDayCalendar(BankHolidays.fromFile(Path.of(file)));
    }
}
