package org.caseflow.kpi.childinneed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caseflow.kpi.facts.FactsRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each referral's episode of social care ({@link SocialCareEpisodes}) judged on the facts as they stand:
 * the referrals whose facts a feed page recorded are judged again once, just before the page commits, in its
 * transaction (so a page's episodes and facts commit or roll back together); and referrals recorded before
 * episodes were kept, or copied in by a bulk load, are judged as the service starts.
 */
@Component
class EpisodeKeeping implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EpisodeKeeping.class);
    /** The transaction's resource holding the referrals its page touched. */
    private static final Object TOUCHED = EpisodeKeeping.class.getName() + ".touched";

    private final SocialCareEpisodes episodes;

    EpisodeKeeping(SocialCareEpisodes episodes) {
        this.episodes = episodes;
    }

    @EventListener
    void factsRecorded(FactsRecorded recorded) {
        String referralId = recorded.event().referralId();
        if (referralId == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            episodes.judge(List.of(referralId));
            return;
        }
        touchedInThisTransaction().add(referralId);
    }

    @SuppressWarnings("unchecked")
    private Set<String> touchedInThisTransaction() {
        Set<String> touched = (Set<String>) TransactionSynchronizationManager.getResource(TOUCHED);
        if (touched == null) {
            Set<String> referrals = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(TOUCHED, referrals);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    episodes.judge(referrals);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TOUCHED);
                }
            });
            touched = referrals;
        }
        return touched;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long started = System.nanoTime();
        int judged = episodes.recordMissingEpisodes();
        if (judged > 0) {
            log.info("Judged the episodes of {} referrals recorded before episodes were kept, in {} ms", judged,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
