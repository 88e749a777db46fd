package org.caseflow.casework.characteristics;

import java.util.List;
import java.util.Optional;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.record.Ethnicity;
import org.caseflow.returns.record.Sex;
import org.caseflow.returns.record.UpnUnknownReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The characteristics of each child (table {@code child} and its {@code child_disability}). */
@Repository
public class CharacteristicsRecords {

    private static final String SELECT = """
            select sex, ethnicity, upn, former_upn, upn_unknown from child where la_child_id = :id""";

    private final JdbcClient jdbc;

    CharacteristicsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** As recorded; empty when no child has the id. */
    public Optional<ChildCharacteristics> find(String laChildId) {
        return read(laChildId, SELECT);
    }

    /**
     * Reads them and holds the child's row until the transaction ends, so that what a change says it
     * replaced is what it did replace, even when two people record them at once.
     */
    Optional<ChildCharacteristics> findForChange(String laChildId) {
        return read(laChildId, SELECT + " for update");
    }

    void replace(String laChildId, ChildCharacteristics characteristics) {
        jdbc.sql("""
                        update child set sex = :sex, ethnicity = :ethnicity, upn = :upn, former_upn = :former,
                            upn_unknown = :unknown, updated_at = now()
                        where la_child_id = :id""")
                .param("id", laChildId).param("sex", code(characteristics.sex())).param("ethnicity", code(characteristics.ethnicity()))
                .param("upn", characteristics.upn()).param("former", characteristics.formerUpn())
                .param("unknown", code(characteristics.upnUnknownReason()))
                .update();
        jdbc.sql("delete from child_disability where la_child_id = :id").param("id", laChildId).update();
        List<Disability> disabilities = characteristics.disabilities();
        for (int position = 0; position < disabilities.size(); position++) {
            jdbc.sql("insert into child_disability (la_child_id, position, disability) values (:id, :position, :disability)")
                    .param("id", laChildId).param("position", position).param("disability", disabilities.get(position).code())
                    .update();
        }
    }

    private Optional<ChildCharacteristics> read(String laChildId, String sql) {
        record Row(String sex, String ethnicity, String upn, String formerUpn, String upnUnknown) {
        }
        return jdbc.sql(sql).param("id", laChildId).query(Row.class).optional().map(row -> new ChildCharacteristics(
                row.sex() == null ? null : Sex.valueOf(row.sex()),
                row.ethnicity() == null ? null : Ethnicity.valueOf(row.ethnicity()),
                row.upn(), row.formerUpn(),
                row.upnUnknown() == null ? null : UpnUnknownReason.valueOf(row.upnUnknown()),
                jdbc.sql("select disability from child_disability where la_child_id = :id order by position")
                        .param("id", laChildId).query(String.class).list().stream().map(Disability::valueOf).toList()));
    }

    private static String code(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
