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
    schema: String,
    /// Rows of each catalog that belong to the schema's objects.
    catalogs: BTreeMap<String, i64>,
    /// Transaction ids from here on were handed out after the image.
    cutoff: String,
    /// The tables and sequences as migrations left them: tables with rows
    /// there are kept as they are, never emptied, and sequences go back to it.
    migrated: SchemaRows,
    /// As the test found them (after the seeds, if any).
    seeded: SchemaRows,
}

/// Row counts of a schema's tables (those with rows) and the positions of its
/// sequences (`None`: never used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SchemaRows {
    tables: BTreeMap<String, i64>,
    sequences: BTreeMap<String, Option<i64>>,
}

/// Rows of tables after a cutoff: the tables that have any.
type Newer = BTreeSet<String>;

impl SchemaImage {
    /// Tables migrations filled: a test that changed them makes the schema unusable.
    fn kept_tables(&self) -> impl Iterator<Item = &String> {
        self.migrated.tables.keys()
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
        UNION ALL SELECT 'pg_attribute', NULL, xmin FROM pg_attribute WHERE attrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_index', NULL, xmin FROM pg_index WHERE indrelid IN (SELECT oid FROM rel) OR indexrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_attrdef', oid, xmin FROM pg_attrdef WHERE adrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_trigger', oid, xmin FROM pg_trigger WHERE tgrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_rewrite', oid, xmin FROM pg_rewrite WHERE ev_class IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_policy', oid, xmin FROM pg_policy WHERE polrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_inherits', NULL, xmin FROM pg_inherits WHERE inhrelid IN (SELECT oid FROM rel) OR inhparent IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_sequence', NULL, xmin FROM pg_sequence WHERE seqrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_partitioned_table', NULL, xmin FROM pg_partitioned_table WHERE partrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_publication_rel', oid, xmin FROM pg_publication_rel WHERE prrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_enum', oid, xmin FROM pg_enum WHERE enumtypid IN (SELECT oid FROM typ)
        UNION ALL SELECT 'pg_range', NULL, xmin FROM pg_range WHERE rngtypid IN (SELECT oid FROM typ)
        UNION ALL SELECT 'pg_cast', oid, xmin FROM pg_cast
            WHERE castsource IN (SELECT oid FROM typ) OR casttarget IN (SELECT oid FROM typ) OR castfunc IN (SELECT oid FROM prc)
        UNION ALL SELECT 'pg_transform', oid, xmin FROM pg_transform WHERE trftype IN (SELECT oid FROM typ)
        UNION ALL SELECT 'pg_aggregate', NULL, xmin FROM pg_aggregate WHERE aggfnoid IN (SELECT oid FROM prc)
        UNION ALL SELECT 'pg_amop', oid, xmin FROM pg_amop WHERE amopfamily IN (SELECT oid FROM opf)
        UNION ALL SELECT 'pg_amproc', oid, xmin FROM pg_amproc WHERE amprocfamily IN (SELECT oid FROM opf)
        UNION ALL SELECT 'pg_ts_config_map', NULL, xmin FROM pg_ts_config_map WHERE mapcfg IN (SELECT oid FROM cfg)
    ),
    objects AS (SELECT oid FROM catalog_rows WHERE oid IS NOT NULL),
    linked_rows AS (
        -- Comments, labels and dependencies of those objects, and on them
        -- (a view elsewhere on a table here, a grant to a role).
        SELECT 'pg_description' AS catalog, xmin FROM pg_description WHERE objoid IN (SELECT oid FROM objects)
        UNION ALL SELECT 'pg_seclabel', xmin FROM pg_seclabel WHERE objoid IN (SELECT oid FROM objects)
        UNION ALL SELECT 'pg_depend', xmin FROM pg_depend
            WHERE objid IN (SELECT oid FROM objects) OR refobjid IN (SELECT oid FROM objects)
        UNION ALL SELECT 'pg_shdepend', xmin FROM pg_shdepend
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND objid IN (SELECT oid FROM objects)
    ),
    all_rows AS (
        SELECT catalog, xmin FROM catalog_rows UNION ALL SELECT catalog, xmin FROM linked_rows
    )
    SELECT catalog, count(*), count(*) FILTER (WHERE age(xmin) <= age($2::text::xid)),
           pg_snapshot_xmax(pg_current_snapshot())::text
    FROM all_rows GROUP BY catalog
"#;

impl Postgres {
    /// The schema's rows as migrations left them, and the cutoff after them:
    /// for [`Postgres::schema_image`] once the seeds are in.
    pub(crate) async fn migrated_rows(
        conn: &mut PgConnection,
        schema: &str,
    ) -> Result<(SchemaRows, String), sqlx::Error> {
        let (rows, _, cutoff) = schema_rows(conn, schema, None).await?;
        Ok((rows, cutoff))
    }

    /// The image of a schema that is ready for a test, `migrated` (and the
    /// cutoff after it) being what migrations alone left. `None` when the
    /// seeds wrote to tables migrations filled: emptying could not restore
    /// those, so such schemas are never reused.
    pub(crate) async fn schema_image(
        conn: &mut PgConnection,
        schema: &str,
        migrated: SchemaRows,
        migrated_cutoff: &str,
    ) -> Result<Option<SchemaImage>, sqlx::Error> {
        let (seeded, newer, _) = schema_rows(conn, schema, Some(migrated_cutoff)).await?;
        let seeds_kept_out = migrated
            .tables
            .iter()
            .all(|(table, rows)| seeded.tables.get(table) == Some(rows) && !newer.contains(table));
        if !seeds_kept_out {
            return Ok(None);
        }
        let (catalogs, cutoff) = catalog_rows(conn, schema, "0").await?;
        Ok(Some(SchemaImage {
            schema: schema.to_owned(),
            catalogs: catalogs
                .into_iter()
                .map(|(c, (rows, _))| (c, rows))
                .collect(),
            cutoff,
            migrated,
            seeded,
        }))
    }

    /// Whether the schema is still what `image` recorded but for rows in
    /// the tables migrations left empty (and sequences): no catalog row of
    /// its objects written or removed, the tables migrations filled as they
    /// were, no session left with `tag` (the test's pool), no prepared
    /// transaction in the database (its writes would land later).
    pub(crate) async fn schema_unchanged(
        conn: &mut PgConnection,
        image: &SchemaImage,
        tag: &str,
    ) -> Result<bool, sqlx::Error> {
        let (left, prepared): (bool, bool) = sqlx::query_as(
            "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE application_name = $1),
                    EXISTS (SELECT FROM pg_prepared_xacts WHERE database = current_database())",
        )
        .bind(tag)
        .fetch_one(&mut *conn)
        .await?;
        if left || prepared {
            return Ok(false);
        }
        let (catalogs, _) = catalog_rows(conn, &image.schema, &image.cutoff).await?;
        if !same_catalogs(image, &catalogs) {
            return Ok(false);
        }
        let (now, newer, _) = schema_rows(conn, &image.schema, Some(&image.cutoff)).await?;
        Ok(image
            .kept_tables()
            .all(|t| now.tables.get(t) == image.migrated.tables.get(t) && !newer.contains(t)))
    }

    /// Empties the tables migrations left empty (children first, with
    /// DELETE as db = "truncate" does) and puts the sequences back where
    /// migrations left them. The seeds are the caller's to apply again.
    /// `false` when that could not be done without TRUNCATE (a cycle of
    /// foreign keys), whose new files would show as catalog changes.
    pub(crate) async fn empty_schema(
        conn: &mut PgConnection,
        image: &SchemaImage,
    ) -> Result<bool, sqlx::Error> {
        let (now, _, _) = schema_rows(conn, &image.schema, None).await?;
        let tables: Vec<String> = now
            .tables
            .keys()
            .filter(|t| !image.migrated.tables.contains_key(*t))
            .cloned()
            .collect();
        let references = references_between(conn, &tables).await?;
        let Some(order) = delete_order(&tables, &references) else {
            return Ok(false);
        };
        let mut statements: String = order.iter().map(|t| format!("DELETE FROM {t};")).collect();
        for (sequence, position) in &now.sequences {
            let migrated = image.migrated.sequences.get(sequence).copied().flatten();
            if *position == migrated {
                continue;
            }
            statements.push_str(&match migrated {
                Some(value) => format!("SELECT setval({}, {value}, true);", literal(sequence)),
                None => format!(
                    "SELECT setval({s}, (SELECT seqstart FROM pg_sequence WHERE seqrelid = {s}::regclass), false);",
                    s = literal(sequence)
                ),
            });
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
        let (now, newer, _) = schema_rows(conn, &image.schema, Some(&image.cutoff)).await?;
        if now != image.seeded || image.kept_tables().any(|t| newer.contains(t)) {
            return Ok(None);
        }
        // The emptying ran the tables' triggers: they did no DDL either.
        let (catalogs, cutoff) = catalog_rows(conn, &image.schema, &image.cutoff).await?;
        if !same_catalogs(image, &catalogs) {
            return Ok(None);
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
        None => current_cutoff(conn).await?,
    };
    Ok((
        rows.into_iter()
            .map(|(catalog, rows, newer, _)| (catalog, (rows, newer)))
            .collect(),
        snapshot_cutoff,
    ))
}

async fn current_cutoff(conn: &mut PgConnection) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")
        .fetch_one(conn)
        .await
}

/// One round trip: the schema's tables that have rows (with their counts),
/// those of them with rows newer than `cutoff`, its sequences' positions,
/// and the cutoff of this snapshot.
async fn schema_rows(
    conn: &mut PgConnection,
    schema: &str,
    cutoff: Option<&str>,
) -> Result<(SchemaRows, Newer, String), sqlx::Error> {
    let (tables, counts, newer, sequences, positions, snapshot_cutoff): (
        Vec<String>,
        Vec<i64>,
        Vec<bool>,
        Vec<String>,
        Vec<Option<i64>>,
        String,
    ) = sqlx::query_as(
        r#"
        WITH user_tables AS (
            SELECT format('%I.%I', n.nspname, c.relname) AS name
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        ), counted AS (
            SELECT name, (xpath('/row/c/text()', x))[1]::text::bigint AS c,
                   (xpath('/row/n/text()', x))[1]::text::bigint AS n
            FROM user_tables, query_to_xml(format(
                'SELECT count(*) AS c, count(*) FILTER (WHERE age(xmin) <= age(%L::xid)) AS n FROM %s',
                COALESCE($2, '0'), name), false, true, '') AS x
        )
        SELECT
            COALESCE((SELECT array_agg(name ORDER BY name) FROM counted WHERE c > 0), '{}'),
            COALESCE((SELECT array_agg(c ORDER BY name) FROM counted WHERE c > 0), '{}'),
            COALESCE((SELECT array_agg($2 IS NOT NULL AND n > 0 ORDER BY name) FROM counted WHERE c > 0), '{}'),
            COALESCE((SELECT array_agg(format('%I.%I', schemaname, sequencename) ORDER BY sequencename)
                      FROM pg_sequences WHERE schemaname = $1), '{}'),
            COALESCE((SELECT array_agg(last_value ORDER BY sequencename)
                      FROM pg_sequences WHERE schemaname = $1), '{}'),
            pg_snapshot_xmax(pg_current_snapshot())::text
        "#,
    )
    .bind(schema)
    .bind(cutoff)
    .fetch_one(&mut *conn)
    .await?;
    let newer = tables
        .iter()
        .zip(&newer)
        .filter(|(_, &newer)| newer)
        .map(|(t, _)| t.clone())
        .collect();
    Ok((
        SchemaRows {
            tables: tables.into_iter().zip(counts).collect(),
            sequences: sequences.into_iter().zip(positions).collect(),
        },
        newer,
        snapshot_cutoff,
    ))
}

/// The foreign keys between `tables` (child, parent), other than a table's to itself.
async fn references_between(
    conn: &mut PgConnection,
    tables: &[String],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    if tables.len() < 2 {
        return Ok(Vec::new());
    }
    sqlx::query_as(
        "SELECT child, parent FROM (
             SELECT format('%I.%I', cn.nspname, c.relname) AS child,
                    format('%I.%I', pn.nspname, p.relname) AS parent
             FROM pg_constraint k
             JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
             JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE k.contype = 'f' AND k.conrelid <> k.confrelid
         ) refs WHERE child = ANY($1) AND parent = ANY($1)
         ORDER BY child, parent",
    )
    .bind(tables)
    .fetch_all(conn)
    .await
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
