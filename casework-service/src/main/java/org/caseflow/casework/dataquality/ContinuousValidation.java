package org.caseflow.casework.dataquality;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.casework.feed.JourneyEventApplied;
import org.caseflow.casework.returns.CollectionYears;
import org.caseflow.casework.returns.ReturnFactsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the DfE rules on a child's record as its events arrive, so that an error shows on the day the
 * work is recorded rather than at census time. The children a page of the feed touched are noted as
 * its events are applied, and each is checked once that page has committed, in a transaction of its
 * own: a check that fails (a rule's bug, the database going away) is logged and never sets a journey
 * event aside, and the next event of the child, or a run for the whole year, checks it again.
 *
 * <p>Each child is checked for the current collection year, and for the one before when the event is
 * dated in it (the census for a year is sent in the spring after it ends, so work recorded late still
 * counts). Earlier years are checked on demand.
 */
@Component
class ContinuousValidation {

    private static final Logger log = LoggerFactory.getLogger(ContinuousValidation.class);

    private final RecordValidation validation;
    private final TransactionTemplate ownTransaction;

    ContinuousValidation(RecordValidation validation, PlatformTransactionManager transactions) {
        this.validation = validation;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void noteChild(JourneyEventApplied applied) {
        FinancialYear current = CollectionYears.current();
        Set<FinancialYear> years = new LinkedHashSet<>(Set.of(current));
        LocalDate occurredOn = applied.event().occurredOn();
        if (occurredOn != null && FinancialYear.containing(occurredOn).startYear() == current.startYear() - 1) {
            years.add(FinancialYear.containing(occurredOn));
        }
        checkAfterCommit(applied.event().laChildId(), years);
    }

    /**
     * A change made to the record other than by a journey event (the child's characteristics) is
     * checked once it has committed, for the current collection year and the one before, whose census
     * is sent in the spring after it and carries the record as it is then.
     */
    @EventListener
    void noteChild(ReturnFactsChanged changed) {
        FinancialYear current = CollectionYears.current();
        checkAfterCommit(changed.laChildId(), new LinkedHashSet<>(List.of(current, new FinancialYear(current.startYear() - 1))));
    }

    private void checkAfterCommit(String laChildId, Set<FinancialYear> years) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            check(laChildId, years);
            return;
        }
        ChildrenToCheck toCheck = (ChildrenToCheck) TransactionSynchronizationManager.getResource(ChildrenToCheck.class);
        if (toCheck == null) {
            toCheck = new ChildrenToCheck();
            TransactionSynchronizationManager.bindResource(ChildrenToCheck.class, toCheck);
            TransactionSynchronizationManager.registerSynchronization(toCheck);
        }
        toCheck.years.computeIfAbsent(laChildId, child -> new LinkedHashSet<>()).addAll(years);
    }

    private void check(String laChildId, Set<FinancialYear> years) {
        try {
            ownTransaction.executeWithoutResult(status -> validation.revalidate(laChildId, years));
        } catch (RuntimeException failed) {
            log.warn("Could not run the DfE validation rules on {}'s record; they run again with the child's next event", laChildId,
                    failed);
        }
    }

    /** The children of one transaction, checked after it commits; none if it rolls back. */
    private final class ChildrenToCheck implements TransactionSynchronization {

        private final Map<String, Set<FinancialYear>> years = new LinkedHashMap<>();

        @Override
        public void afterCommit() {
            years.forEach(ContinuousValidation.this::check);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChildrenToCheck.class);
        }
    }
}
