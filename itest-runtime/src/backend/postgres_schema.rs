//! The SQL that lets `db = "schema"` hand a schema to the next test instead
//! of making a new one: an image of the schema as migrations (and seeds)
//! left it, the check that a finished test changed only rows, and the
//! restore of those rows.
//!
//! The check reads the catalog rows of the schema's objects: a row written
//! after the image was taken has an `xmin` at or after the image's cutoff
//! (the snapshot's `xmax`: the first transaction id not yet handed out), and
//! a deleted row shows as a changed count. Frozen rows show `xmin` 2, whose
//! age is the largest there is, so they never look new.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::{AssertSqlSafe, Executor, PgConnection};

use super::postgres::{delete_order, literal};
use super::{quote, Postgres};

/// A schema as it was handed to a test: what its catalogs held, and its rows.
#[derive(Debug, Clone)]
pub(crate) struct SchemaImage {
    layout: Layout,
    /// Rows of each catalog that belong to the schema's objects.
    catalogs: BTreeMap<String, i64>,
    /// Transaction ids from here on were handed out after the image.
    cutoff: String,
    /// The tables and sequences as migrations left them: tables with rows
    /// there are kept as they are, never emptied, and sequences go back to it.
    migrated: SchemaRows,
    /// As the test found them (after the seeds, if any).
    seeded: SchemaRows,
    /// Whether emptying and seeding can run code the schema defines
    /// (triggers, rules, policies, functions, `ON DELETE SET DEFAULT`): its
    /// catalogs are then read once more afterwards.
    runs_code: bool,
}

/// What a schema's tables and sequences are: the same as long as its catalogs are.
#[derive(Debug, Clone)]
struct Layout {
    schema: String,
    tables: Vec<String>,
    sequences: Vec<String>,
    /// Foreign keys between tables: (child, parent).
    references: Vec<(String, String)>,
}

/// Row counts of a schema's tables (those with rows) and the positions of
/// its sequences (`last_value`, `is_called`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SchemaRows {
    tables: BTreeMap<String, i64>,
    sequences: BTreeMap<String, (i64, bool)>,
}

/// The schema as migrations left it, before the seeds.
pub(crate) struct Migrated {
    layout: Layout,
    rows: SchemaRows,
    cutoff: String,
}

/// A read of a schema's rows: the rows, the tables with rows newer than the
/// cutoff given, and the cutoff of the read's own snapshot.
struct RowsRead {
    rows: SchemaRows,
    newer: BTreeSet<String>,
    cutoff: String,
}

impl SchemaImage {
    /// Whether migrations left `table` with rows, and it has the same count
    /// and no row written after the cutoff in `read`.
    fn kept_as_migrated(&self, read: &RowsRead) -> bool {
        self.migrated.tables.iter().all(|(table, rows)| {
            read.rows.tables.get(table) == Some(rows) && !read.newer.contains(table)
        })
    }
}

/// The catalog rows of a schema's objects, per catalog: every row that
/// makes up, names, describes, grants or links to something in the
/// namespace. Left out on purpose: `pg_statistic` and
/// `pg_statistic_ext_data`, which ANALYZE (and autovacuum) rewrite as data
/// changes: planner data, not structure, as it is after db = "truncate"
/// empties a table. Objects outside the namespace (a function in `public`,
/// an event trigger, `ALTER DATABASE .. SET`) are not the schema's: the
/// schema database is shared by every test of the run, today as before.
const CATALOG_ROWS: &str = r#"
    WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = $1),
    rel AS (SELECT oid FROM pg_class WHERE relnamespace = (SELECT oid FROM ns)),
    typ AS (SELECT oid FROM pg_type WHERE typnamespace = (SELECT oid FROM ns)),
    prc AS (SELECT oid FROM pg_proc WHERE pronamespace = (SELECT oid FROM ns)),
    opf AS (SELECT oid FROM pg_opfamily WHERE opfnamespace = (SELECT oid FROM ns)),
    cfg AS (SELECT oid FROM pg_ts_config WHERE cfgnamespace = (SELECT oid FROM ns)),
    -- As arrays, so that `= ANY` can use the catalogs' indexes.
    rels AS (SELECT COALESCE(array_agg(oid), '{}') AS a FROM rel),
    typs AS (SELECT COALESCE(array_agg(oid), '{}') AS a FROM typ),
    prcs AS (SELECT COALESCE(array_agg(oid), '{}') AS a FROM prc),
    opfs AS (SELECT COALESCE(array_agg(oid), '{}') AS a FROM opf),
    cfgs AS (SELECT COALESCE(array_agg(oid), '{}') AS a FROM cfg),
    catalog_rows AS (
        SELECT 'pg_namespace' AS catalog, oid, xmin FROM pg_namespace WHERE oid = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_class', oid, xmin FROM pg_class WHERE oid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_type', oid, xmin FROM pg_type WHERE oid IN (SELECT oid FROM typ)
        UNION ALL SELECT 'pg_proc', oid, xmin FROM pg_proc WHERE oid IN (SELECT oid FROM prc)
        UNION ALL SELECT 'pg_opfamily', oid, xmin FROM pg_opfamily WHERE oid IN (SELECT oid FROM opf)
        UNION ALL SELECT 'pg_ts_config', oid, xmin FROM pg_ts_config WHERE oid IN (SELECT oid FROM cfg)
        UNION ALL SELECT 'pg_constraint', oid, xmin FROM pg_constraint WHERE connamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_operator', oid, xmin FROM pg_operator WHERE oprnamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_collation', oid, xmin FROM pg_collation WHERE collnamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_conversion', oid, xmin FROM pg_conversion WHERE connamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_opclass', oid, xmin FROM pg_opclass WHERE opcnamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_statistic_ext', oid, xmin FROM pg_statistic_ext WHERE stxnamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_ts_dict', oid, xmin FROM pg_ts_dict WHERE dictnamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_ts_parser', oid, xmin FROM pg_ts_parser WHERE prsnamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_ts_template', oid, xmin FROM pg_ts_template WHERE tmplnamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_extension', oid, xmin FROM pg_extension WHERE extnamespace = (SELECT oid FROM ns)
        UNION ALL SELECT 'pg_default_acl', oid, xmin FROM pg_default_acl WHERE defaclnamespace = (SELECT oid FROM ns)
        -- Rows of the namespace's relations, types, functions and families.
        UNION ALL SELECT 'pg_attribute', NULL, xmin FROM pg_attribute WHERE attrelid = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_index', NULL, xmin FROM pg_index WHERE indrelid = ANY((SELECT a FROM rels)::oid[]) OR indexrelid = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_attrdef', oid, xmin FROM pg_attrdef WHERE adrelid = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_trigger', oid, xmin FROM pg_trigger WHERE tgrelid = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_rewrite', oid, xmin FROM pg_rewrite WHERE ev_class = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_policy', oid, xmin FROM pg_policy WHERE polrelid = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_inherits', NULL, xmin FROM pg_inherits WHERE inhrelid = ANY((SELECT a FROM rels)::oid[]) OR inhparent = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_sequence', NULL, xmin FROM pg_sequence WHERE seqrelid = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_partitioned_table', NULL, xmin FROM pg_partitioned_table WHERE partrelid = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_publication_rel', oid, xmin FROM pg_publication_rel WHERE prrelid = ANY((SELECT a FROM rels)::oid[])
        UNION ALL SELECT 'pg_enum', oid, xmin FROM pg_enum WHERE enumtypid = ANY((SELECT a FROM typs)::oid[])
        UNION ALL SELECT 'pg_range', NULL, xmin FROM pg_range WHERE rngtypid = ANY((SELECT a FROM typs)::oid[])
        UNION ALL SELECT 'pg_cast', oid, xmin FROM pg_cast
            WHERE castsource = ANY((SELECT a FROM typs)::oid[]) OR casttarget = ANY((SELECT a FROM typs)::oid[]) OR castfunc = ANY((SELECT a FROM prcs)::oid[])
        UNION ALL SELECT 'pg_transform', oid, xmin FROM pg_transform WHERE trftype = ANY((SELECT a FROM typs)::oid[])
        UNION ALL SELECT 'pg_aggregate', NULL, xmin FROM pg_aggregate WHERE aggfnoid = ANY((SELECT a FROM prcs)::oid[])
        UNION ALL SELECT 'pg_amop', oid, xmin FROM pg_amop WHERE amopfamily = ANY((SELECT a FROM opfs)::oid[])
        UNION ALL SELECT 'pg_amproc', oid, xmin FROM pg_amproc WHERE amprocfamily = ANY((SELECT a FROM opfs)::oid[])
        UNION ALL SELECT 'pg_ts_config_map', NULL, xmin FROM pg_ts_config_map WHERE mapcfg = ANY((SELECT a FROM cfgs)::oid[])
    ),
    objects AS (SELECT array_agg(oid) AS a FROM catalog_rows WHERE oid IS NOT NULL),
    linked_rows AS (
        -- Comments, labels and dependencies of those objects, and on them
        -- (a view elsewhere on a table here, a grant to a role).
        SELECT 'pg_description' AS catalog, xmin FROM pg_description WHERE objoid = ANY((SELECT a FROM objects)::oid[])
        UNION ALL SELECT 'pg_seclabel', xmin FROM pg_seclabel WHERE objoid = ANY((SELECT a FROM objects)::oid[])
        UNION ALL SELECT 'pg_depend', xmin FROM pg_depend
            WHERE objid = ANY((SELECT a FROM objects)::oid[]) OR refobjid = ANY((SELECT a FROM objects)::oid[])
        UNION ALL SELECT 'pg_shdepend', xmin FROM pg_shdepend
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND objid = ANY((SELECT a FROM objects)::oid[])
    ),
    all_rows AS (
        SELECT catalog, xmin FROM catalog_rows UNION ALL SELECT catalog, xmin FROM linked_rows
    )
    SELECT catalog, count(*), count(*) FILTER (WHERE age(xmin) <= age($2::text::xid)),
           pg_snapshot_xmax(pg_current_snapshot())::text
    FROM all_rows GROUP BY catalog
"#;

impl Postgres {
    /// Ends every session with application name `tag` and waits until they
    /// are gone; `false` if some are still there after `patience`. Those
    /// that close on their own within [`SESSIONS_LINGER`](super::SESSIONS_LINGER)
    /// are left to it. Polls
    /// rather than `pg_terminate_backend(pid, timeout)`, which looks every
    /// 100 ms: a test's sessions are usually closing on their own already.
    pub(crate) async fn end_sessions(
        conn: &mut PgConnection,
        tag: &str,
        patience: std::time::Duration,
    ) -> Result<bool, sqlx::Error> {
        let start = std::time::Instant::now();
        loop {
            let left: i64 = sqlx::query_scalar(
                "SELECT count(CASE WHEN $2 THEN pg_terminate_backend(pid) END) + count(*) FILTER (WHERE NOT $2)
                 FROM pg_stat_activity
                 WHERE application_name = $1 AND pid <> pg_backend_pid()",
            )
            .bind(tag)
            .bind(start.elapsed() >= super::SESSIONS_LINGER)
            .fetch_one(&mut *conn)
            .await?;
            if left == 0 {
                return Ok(true);
            }
            if start.elapsed() > patience {
                return Ok(false);
            }
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        }
    }

    /// The schema's layout and rows as migrations left it, and the cutoff
    /// after them: for [`Postgres::schema_image`] once the seeds are in.
    pub(crate) async fn migrated_schema(
        conn: &mut PgConnection,
        schema: &str,
    ) -> Result<Migrated, sqlx::Error> {
        let (tables, sequences, children, parents): (Vec<String>, Vec<String>, Vec<String>, Vec<String>) =
            sqlx::query_as(
                r#"
                WITH tables AS (
                    SELECT c.oid, format('%I.%I', n.nspname, c.relname) AS name
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                ), refs AS (
                    SELECT child.name AS child, parent.name AS parent
                    FROM pg_constraint k
                    JOIN tables child ON child.oid = k.conrelid
                    JOIN tables parent ON parent.oid = k.confrelid
                    WHERE k.contype = 'f' AND k.conrelid <> k.confrelid
                )
                SELECT
                    COALESCE((SELECT array_agg(name ORDER BY name) FROM tables), '{}'),
                    COALESCE((SELECT array_agg(format('%I.%I', n.nspname, c.relname) ORDER BY c.relname)
                              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                              WHERE n.nspname = $1 AND c.relkind = 'S'), '{}'),
                    COALESCE((SELECT array_agg(child ORDER BY child, parent) FROM refs), '{}'),
                    COALESCE((SELECT array_agg(parent ORDER BY child, parent) FROM refs), '{}')
                "#,
            )
            .bind(schema)
            .fetch_one(&mut *conn)
            .await?;
        let layout = Layout {
            schema: schema.to_owned(),
            tables,
            sequences,
            references: children.into_iter().zip(parents).collect(),
        };
        let read = read_rows(conn, &layout, None).await?;
        Ok(Migrated {
            layout,
            rows: read.rows,
            cutoff: read.cutoff,
        })
    }

    /// The image of a schema that is ready for a test. `None` when the seeds
    /// wrote to tables migrations filled: emptying could not restore those,
    /// so such schemas are never reused.
    pub(crate) async fn schema_image(
        conn: &mut PgConnection,
        migrated: Migrated,
    ) -> Result<Option<SchemaImage>, sqlx::Error> {
        let Migrated {
            layout,
            rows,
            cutoff,
        } = migrated;
        let read = read_rows(conn, &layout, Some(&cutoff)).await?;
        let seeds_kept_out = rows.tables.iter().all(|(table, count)| {
            read.rows.tables.get(table) == Some(count) && !read.newer.contains(table)
        });
        if !seeds_kept_out {
            return Ok(None);
        }
        let runs_code: bool = sqlx::query_scalar(
            "WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = $1),
                  rel AS (SELECT oid FROM pg_class WHERE relnamespace = (SELECT oid FROM ns))
             SELECT EXISTS (SELECT FROM pg_trigger WHERE tgrelid IN (SELECT oid FROM rel) AND NOT tgisinternal)
                 OR EXISTS (SELECT FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
                            WHERE c.oid IN (SELECT oid FROM rel) AND c.relkind IN ('r', 'p'))
                 OR EXISTS (SELECT FROM pg_policy WHERE polrelid IN (SELECT oid FROM rel))
                 OR EXISTS (SELECT FROM pg_proc WHERE pronamespace = (SELECT oid FROM ns))
                 OR EXISTS (SELECT FROM pg_constraint WHERE conrelid IN (SELECT oid FROM rel)
                            AND contype = 'f' AND confdeltype = 'd')",
        )
        .bind(&layout.schema)
        .fetch_one(&mut *conn)
        .await?;
        let (catalogs, cutoff) = catalog_rows(conn, &layout.schema, "0").await?;
        Ok(Some(SchemaImage {
            layout,
            catalogs: catalogs.into_iter().map(|(c, (n, _))| (c, n)).collect(),
            cutoff,
            migrated: rows,
            seeded: read.rows,
            runs_code,
        }))
    }

    /// Whether the schema is still what `image` recorded but for rows in
    /// the tables migrations left empty (and sequences): no catalog row of
    /// its objects written or removed, the tables migrations filled as they
    /// were, no session left with `tag` (the test's pool), no prepared
    /// transaction in the database (its writes would land later). If so,
    /// its rows as the test left them, for [`Postgres::empty_schema`].
    pub(crate) async fn schema_unchanged(
        conn: &mut PgConnection,
        image: &SchemaImage,
        tag: &str,
    ) -> Result<Option<SchemaRows>, sqlx::Error> {
        let (left, prepared): (bool, bool) = sqlx::query_as(
            "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE application_name = $1),
                    EXISTS (SELECT FROM pg_prepared_xacts WHERE database = current_database())",
        )
        .bind(tag)
        .fetch_one(&mut *conn)
        .await?;
        if left || prepared {
            return Ok(None);
        }
        let (catalogs, _) = catalog_rows(conn, &image.layout.schema, &image.cutoff).await?;
        if !same_catalogs(image, &catalogs) {
            return Ok(None);
        }
        let read = read_rows(conn, &image.layout, Some(&image.cutoff)).await?;
        Ok(image.kept_as_migrated(&read).then_some(read.rows))
    }

    /// Empties the tables migrations left empty (children first, with
    /// DELETE as db = "truncate" does) and puts the sequences back where
    /// migrations left them. The seeds are the caller's to apply again.
    /// `false` when that could not be done without TRUNCATE (a cycle of
    /// foreign keys), whose new files would show as catalog changes.
    pub(crate) async fn empty_schema(
        conn: &mut PgConnection,
        image: &SchemaImage,
        now: &SchemaRows,
    ) -> Result<bool, sqlx::Error> {
        let tables: Vec<String> = now
            .tables
            .keys()
            .filter(|t| !image.migrated.tables.contains_key(*t))
            .cloned()
            .collect();
        let references: Vec<(String, String)> = image
            .layout
            .references
            .iter()
            .filter(|(child, parent)| tables.contains(child) && tables.contains(parent))
            .cloned()
            .collect();
        let Some(order) = delete_order(&tables, &references) else {
            return Ok(false);
        };
        let mut statements: String = order.iter().map(|t| format!("DELETE FROM {t};")).collect();
        for (sequence, position) in &now.sequences {
            match image.migrated.sequences.get(sequence) {
                Some(migrated) if migrated == position => {}
                Some((value, called)) => statements.push_str(&format!(
                    "SELECT setval({}, {value}, {called});",
                    literal(sequence)
                )),
                None => return Ok(false),
            }
        }
        if !statements.is_empty() {
            conn.execute(AssertSqlSafe(statements)).await?;
        }
        Ok(true)
    }

    /// After [`Postgres::empty_schema`] and the seeds: whether the schema is
    /// exactly as the image says (rows, sequences, catalogs), and if so the
    /// image with a new cutoff, for the next test.
    pub(crate) async fn schema_restored(
        conn: &mut PgConnection,
        image: &SchemaImage,
    ) -> Result<Option<SchemaImage>, sqlx::Error> {
        let read = read_rows(conn, &image.layout, Some(&image.cutoff)).await?;
        if read.rows != image.seeded || image.migrated.tables.keys().any(|t| read.newer.contains(t))
        {
            return Ok(None);
        }
        let mut cutoff = read.cutoff;
        if image.runs_code {
            // The emptying and the seeds ran the schema's code: it did no DDL either.
            let (catalogs, after) = catalog_rows(conn, &image.layout.schema, &image.cutoff).await?;
            if !same_catalogs(image, &catalogs) {
                return Ok(None);
            }
            cutoff = after;
        }
        Ok(Some(SchemaImage {
            cutoff,
            ..image.clone()
        }))
    }
}

fn same_catalogs(image: &SchemaImage, now: &BTreeMap<String, (i64, i64)>) -> bool {
    now.len() == image.catalogs.len()
        && now.iter().all(|(catalog, &(rows, newer))| {
            newer == 0 && image.catalogs.get(catalog) == Some(&rows)
        })
}

/// Per catalog: the rows of the schema's objects, and how many of them are
/// newer than `cutoff`; with the cutoff of this very snapshot.
async fn catalog_rows(
    conn: &mut PgConnection,
    schema: &str,
    cutoff: &str,
) -> Result<(BTreeMap<String, (i64, i64)>, String), sqlx::Error> {
    let rows: Vec<(String, i64, i64, String)> = sqlx::query_as(CATALOG_ROWS)
        .bind(schema)
        .bind(cutoff)
        .fetch_all(&mut *conn)
        .await?;
    let snapshot_cutoff = match rows.first() {
        Some((.., cutoff)) => cutoff.clone(),
        None => return Err(sqlx::Error::RowNotFound), // not even the schema's own row
    };
    Ok((
        rows.into_iter()
            .map(|(catalog, rows, newer, _)| (catalog, (rows, newer)))
            .collect(),
        snapshot_cutoff,
    ))
}

/// One round trip: each table's rows (and those newer than `cutoff`), each
/// sequence's position, and the cutoff of this snapshot. Written out per
/// table rather than looked up in the catalogs: the layout holds as long
/// as they are unchanged, which is checked first.
async fn read_rows(
    conn: &mut PgConnection,
    layout: &Layout,
    cutoff: Option<&str>,
) -> Result<RowsRead, sqlx::Error> {
    let newer_than = literal(cutoff.unwrap_or("0"));
    let mut parts = vec![
        "SELECT 'x', pg_snapshot_xmax(pg_current_snapshot())::text, 0::bigint, 0::bigint, false"
            .to_owned(),
    ];
    parts.extend(layout.tables.iter().map(|table| {
        format!(
            "SELECT 't', {}, count(*), count(*) FILTER (WHERE age(xmin) <= age({newer_than}::xid)), false FROM {table}",
            literal(table)
        )
    }));
    parts.extend(layout.sequences.iter().map(|sequence| {
        format!(
            "SELECT 's', {}, last_value, 0, is_called FROM {sequence}",
            literal(sequence)
        )
    }));
    let rows: Vec<(String, String, i64, i64, bool)> =
        sqlx::query_as(AssertSqlSafe(parts.join(" UNION ALL ")))
            .fetch_all(&mut *conn)
            .await?;
    let mut read = RowsRead {
        rows: SchemaRows {
            tables: BTreeMap::new(),
            sequences: BTreeMap::new(),
        },
        newer: BTreeSet::new(),
        cutoff: String::new(),
    };
    for (kind, name, a, b, called) in rows {
        match kind.as_str() {
            "x" => read.cutoff = name,
            "t" if a > 0 => {
                if cutoff.is_some() && b > 0 {
                    read.newer.insert(name.clone());
                }
                read.rows.tables.insert(name, a);
            }
            "s" => {
                read.rows.sequences.insert(name, (a, called));
            }
            _ => {}
        }
    }
    Ok(read)
}

/// Drops the schemas in one statement (the process's idle ones, at its end).
pub(crate) async fn drop_schemas(
    conn: &mut PgConnection,
    schemas: &[String],
) -> Result<(), sqlx::Error> {
    if schemas.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = schemas.iter().map(|s| quote(s)).collect();
    conn.execute(AssertSqlSafe(format!(
        "DROP SCHEMA IF EXISTS {} CASCADE",
        names.join(", ")
    )))
    .await?;
    Ok(())
}
