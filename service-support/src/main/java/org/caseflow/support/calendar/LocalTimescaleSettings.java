package org.caseflow.support.calendar;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseflow.calendar.LocalTimescales;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A council's own timescales, by rule id, e.g.
 * <pre>{@code
 * caseflow:
 *   local-timescales:
 *     t10: { every: 4, unit: CALENDAR_WEEKS }   # CP visits 4-weekly instead of every 10 working days
 * }</pre>
 * Those not set keep England's common choice ({@link LocalTimescales#englandCommon()}).
 */
@ConfigurationProperties("caseflow")
record LocalTimescaleSettings(Map<String, LocalTimescales.Interval> localTimescales) {

    LocalTimescaleSettings {
        localTimescales = localTimescales == null ? Map.of() : localTimescales.entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }
}
