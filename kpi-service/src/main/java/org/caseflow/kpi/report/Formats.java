package org.caseflow.kpi.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the page shows them: grouped in thousands, whole numbers whole, at most one decimal place otherwise. */
final class Formats {

    private Formats() {
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
