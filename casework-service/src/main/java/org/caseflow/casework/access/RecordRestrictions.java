package org.caseflow.casework.access;

import org.caseflow.casework.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Restricts a child's record to its allocated team, or lifts that, and says so in the audit trail. */
@Service
public class RecordRestrictions {

    /** The audit trail's action for a record restricted. */
    public static final String RESTRICTED = "RESTRICTED";
    /** The audit trail's action for a restriction lifted. */
    public static final String RESTRICTION_LIFTED = "RESTRICTION_LIFTED";

    private final AuditTrail audit;
    private final JdbcClient jdbc;

    RecordRestrictions(AuditTrail audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public void set(String laChildId, boolean restricted, String reason, String by) {
        jdbc.sql("""
                        update child set restricted = :restricted, restricted_reason = :reason, restricted_by = :by,
                            restricted_at = now(), updated_at = now()
                        where la_child_id = :id""")
                .param("restricted", restricted).param("reason", reason).param("by", by).param("id", laChildId)
                .update();
        audit.record(by, restricted ? RESTRICTED : RESTRICTION_LIFTED, laChildId, reason);
    }
}
