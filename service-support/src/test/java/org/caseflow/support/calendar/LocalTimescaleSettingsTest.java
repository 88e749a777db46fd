package org.caseflow.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseflow.calendar.Timescales;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A council's own timescales, from its configuration, checked as the service starts. */
class LocalTimescaleSettingsTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WorkingDaysAutoConfiguration.class));

    @Test
    void withNothingSetEnglandsCommonIntervalsApply() {
        service.run(context -> assertThat(context.getBean(Timescales.class).byId("T10").limitInWords()).isEqualTo("10 working days"));
    }

    @Test
    void aCouncilSetsItsOwnIntervalByRuleId() {
        service.withPropertyValues("caseflow.local-timescales.t10.every=4", "caseflow.local-timescales.t10.unit=CALENDAR_WEEKS",
                        "caseflow.local-timescales.t11.every=25", "caseflow.local-timescales.t11.unit=WORKING_DAYS",
                        "caseflow.local-timescales.t11.at-risk-after=20")
                .run(context -> {
                    Timescales timescales = context.getBean(Timescales.class);
                    assertThat(timescales.byId("T10").limitInWords()).isEqualTo("4 weeks");
                    assertThat(timescales.byId("T11").limitInWords()).isEqualTo("25 working days");
                    assertThat(timescales.byId("T11").atRiskAfter()).isEqualTo(20);
                });
    }

    @Test
    void aSettingThatMakesNoSenseStopsTheServiceWithTheReason() {
        service.withPropertyValues("caseflow.local-timescales.t10.every=0", "caseflow.local-timescales.t10.unit=WORKING_DAYS")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("between 1 day and a year"));
        service.withPropertyValues("caseflow.local-timescales.t3.every=50", "caseflow.local-timescales.t3.unit=WORKING_DAYS")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("no local timescale T3"));
    }
}
