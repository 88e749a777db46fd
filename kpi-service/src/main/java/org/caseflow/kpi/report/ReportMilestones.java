package org.caseflow.kpi.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.caseflow.kpi.catalogue.MeasureDefinition;

/** The report's two milestone columns: September and March of the financial year being reported. */
final class ReportMilestones {

    private ReportMilestones() {
    }

    /** September of the financial year named like {@code 2025-26}. */
    static YearMonth september(String financialYear) {
        return YearMonth.of(startYear(financialYear), 9);
    }

    static YearMonth march(String financialYear) {
        return YearMonth.of(startYear(financialYear) + 1, 3);
    }

    static BigDecimal targetFor(List<MeasureDefinition.Milestone> milestones, YearMonth month) {
        return milestones.stream().filter(milestone -> milestone.month().equals(month)).map(MeasureDefinition.Milestone::target)
                .findFirst().orElse(null);
    }

    private static int startYear(String financialYear) {
        return Integer.parseInt(financialYear.substring(0, 4));
    }
}
