package org.caseflow.kpi.referrals;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.kpi.referrals.rules.ReReferrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the referral facts that more than one measure needs. */
@Repository
class Referrals {

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Referrals dated from {@code from} to {@code to}, both included; each referral counts. */
    long between(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from referral_fact where referral_date between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single();
    }

    /**
     * The referrals dated from {@code from} to {@code to}, with every earlier referral of the same
     * children that {@link ReReferrals} could look back to. Only those children and dates are read:
     * a council holds far more referral facts than one year's re-referrals need.
     */
    List<ReReferrals.Referral> withLookBack(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select la_child_id, referral_date from referral_fact
                        where referral_date between :lookBackFrom and :to
                          and la_child_id in (select la_child_id from referral_fact where referral_date between :from and :to)""")
                .param("lookBackFrom", ReReferrals.lookBackFrom(from)).param("from", from).param("to", to)
                .query(ReReferrals.Referral.class).list();
    }
}
