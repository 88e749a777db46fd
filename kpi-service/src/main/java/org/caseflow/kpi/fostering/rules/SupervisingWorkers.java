package org.caseflow.kpi.fostering.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.journey.events.fostering.CarerType;

/**
 * KPIs {@code carer-workers-supervision-in-house} and {@code carer-workers-supervision-kinship}
 * (docs/statutory-rules.md section 5) count the supervisions of the case workers of one type of foster carer: the
 * supervising social workers of the carers of that type approved at the end of the period's last day. A worker who
 * supervises carers of both types is the case worker of each.
 */
public final class SupervisingWorkers {

    private SupervisingWorkers() {
    }

    /** The supervising social workers of the {@code type} carers approved at the end of {@code date}, each once. */
    public static Set<String> of(LocalDate date, CarerType type, Collection<Carer> carers) {
        return carers.stream().filter(carer -> carer.type() == type && carer.isApprovedOn(date)).map(Carer::supervisingWorker)
                .collect(Collectors.toSet());
    }
}
