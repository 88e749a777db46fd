package org.caseflow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's recipe for loading tens of millions of rows: the fact tables' indexes and constraints are dropped before
 * the copy and made again after it, each built once from sorted data instead of kept up row by row. Every definition
 * is read from the database first and given back exactly, so the tables end as kpi-service's migrations made them.
 */
final class BulkLoad {

    private final List<String> dropped = new ArrayList<>();
    /** What to run afterwards, in order: primary keys, then the other indexes, then foreign keys (which need the keys). */
    private final List<String> restore = new ArrayList<>();

    /** Drops the indexes and constraints of the fact tables in {@code schema}, remembering how to make them again. */
    static BulkLoad prepare(Connection connection, String schema) throws SQLException {
        BulkLoad load = new BulkLoad();
        List<String> foreignKeys = new ArrayList<>();
        List<String> primaryKeys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            // foreign keys first: they stand on the primary keys
            try (ResultSet constraint = statement.executeQuery("""
                    select c.conrelid::regclass::text as fact_table, c.conname, c.contype, pg_get_constraintdef(c.oid) as definition
                    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                    where n.nspname = '%s' and c.contype in ('p', 'f') and c.conrelid::regclass::text like '%%\\_fact'
                    order by c.contype""".formatted(schema))) {
                while (constraint.next()) {
                    String table = constraint.getString("fact_table");
                    String name = constraint.getString("conname");
                    String add = "alter table " + table + " add constraint " + name + " " + constraint.getString("definition");
                    String drop = "alter table " + table + " drop constraint " + name;
                    (constraint.getString("contype").equals("f") ? foreignKeys : primaryKeys).add(add);
                    load.dropped.add(drop);
                }
            }
            try (ResultSet index = statement.executeQuery("""
                    select i.indexname, i.indexdef from pg_indexes i
                    where i.schemaname = '%s' and i.tablename like '%%\\_fact'
                      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""".formatted(schema))) {
                while (index.next()) {
                    indexes.add(index.getString("indexdef"));
                    load.dropped.add("drop index " + schema + "." + index.getString("indexname"));
                }
            }
            for (String drop : load.dropped) {
                statement.execute(drop);
            }
        }
        load.restore.addAll(primaryKeys);
        load.restore.addAll(indexes);
        load.restore.addAll(foreignKeys);
        return load;
    }

    /** Makes every index and constraint again, with memory enough to sort each in one go. */
    void finish(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '512MB'");
            for (String definition : restore) {
                statement.execute(definition);
            }
        }
    }
}
