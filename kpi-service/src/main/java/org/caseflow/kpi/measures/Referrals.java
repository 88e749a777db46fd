package org.caseflow.kpi.measures;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts over the referral facts that more than one measure needs. */
@Repository
class Referrals {

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long between(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from referral_fact where referral_date between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single();
    }

    /**
     * Referrals dated between the two dates whose child had another referral dated in the 12 months
     * before (looking back across financial years). A referral on the same day as another is not a
     * re-referral of it.
     */
    long reReferralsBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) from referral_fact r
                        where r.referral_date between :from and :to
                          and exists (select 1 from referral_fact earlier
                                      where earlier.la_child_id = r.la_child_id
                                        and earlier.referral_date < r.referral_date
                                        and earlier.referral_date >= r.referral_date - interval '12 months')""")
                .param("from", from).param("to", to).query(Long.class).single();
    }
}
