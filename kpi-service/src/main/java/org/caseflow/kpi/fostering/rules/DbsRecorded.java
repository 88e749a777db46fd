package org.caseflow.kpi.fostering.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caseflow.journey.events.fostering.CarerType;

/**
 * KPIs {@code fostering-dbs-in-house} and {@code fostering-dbs-kinship} (docs/statutory-rules.md section 5): of the
 * carers of one type approved at the end of the reporting date, those whose DBS check is recorded that day. A check
 * is recorded from its own date up to its renewal date (rule T27, as the journey set it), both included: the day after,
 * it is overdue and no longer counts until a new check is recorded, dated as it was made. A carer approved with no
 * check recorded has none until one is, even on the day of approval. Judged by business dates, so a check typed in
 * later but dated on or before the reporting date counts when the month is computed again.
 */
public final class DbsRecorded {

    /** A carer's DBS check made on {@code checkedOn}, to be renewed by {@code renewalDueOn}. */
    public record DbsCheck(String carerId, LocalDate checkedOn, LocalDate renewalDueOn) {
    }

    /** The carers whose DBS check is recorded, out of the carers counted. */
    public record Count(long recorded, long carers) {
    }

    private DbsRecorded() {
    }

    /** Whether the latest of a carer's {@code checks} made on or before {@code date} is not past its renewal that day. */
    public static boolean isRecordedOn(LocalDate date, Collection<DbsCheck> checks) {
        return latestBy(date, checks).filter(check -> !date.isAfter(check.renewalDueOn())).isPresent();
    }

    /** Of the {@code type} carers approved at the end of {@code date}, those whose DBS check is recorded that day. */
    public static Count on(LocalDate date, CarerType type, Collection<Carer> carers, Collection<DbsCheck> checks) {
        Map<String, List<DbsCheck>> checksByCarer = checks.stream().collect(Collectors.groupingBy(DbsCheck::carerId));
        List<Carer> approved = carers.stream().filter(carer -> carer.type() == type && carer.isApprovedOn(date)).toList();
        long recorded = approved.stream()
                .filter(carer -> isRecordedOn(date, checksByCarer.getOrDefault(carer.carerId(), List.of())))
                .count();
        return new Count(recorded, approved.size());
    }

    /** The latest check made by {@code date}; of two made the same day, the one renewed later (the journey's last word). */
    private static Optional<DbsCheck> latestBy(LocalDate date, Collection<DbsCheck> checks) {
        return checks.stream().filter(check -> !check.checkedOn().isAfter(date))
                .max(Comparator.comparing(DbsCheck::checkedOn).thenComparing(DbsCheck::renewalDueOn));
    }
}
