//! PostgreSQL: proving that a database is still what its template made of
//! it, but for rows, and putting those rows back. What lets `db = "fresh"`
//! hand a test a used copy instead of making a new one per test.
//!
//! The proof rests on transaction ids. Every row a transaction writes
//! carries its id as `xmin`, and a deleted row is gone from its table's
//! count. So when a database's catalogs hold as many rows as its template's
//! and none written since a moment (the cutoff: the first transaction id
//! not yet handed out), nothing was created, altered, granted, commented on
//! or dropped in it since: no table, column, index, function, type, policy,
//! large object or extension. The same holds for the tables the template
//! has rows in (migration data, seeds, `_sqlx_migrations`): those must be
//! as they were, since nothing could put their rows back. Every other table
//! is emptied, and every sequence set back to the template's value.
//! Anything else (settings, prepared transactions, replication slots) in
//! the database makes it unusable too: it is then dropped, never reused.
//!
//! A copy at rest between processes is sealed: `ALLOW_CONNECTIONS false`,
//! set before its last check, so that nothing can have changed it after
//! that check. Sessions are ended once the seal is in place, counting those
//! still starting (which hold the database's lock from before they read
//! `datallowconn` until they show in `pg_stat_activity`), so every session
//! that could change the copy is gone before it is looked at. Who leases it
//! next needs no look of its own when the seal is still the one recorded:
//! `pg_database`'s row for the copy, written by the seal, is unchanged (its
//! `xmin`), so connections were never allowed again in between. That saves
//! a process per test (nextest) the costliest part of leasing a copy: a new
//! session's first look at fifty catalogs.
//!
//! Frozen rows show `xmin` 2, older than any cutoff; `VACUUM` and `ANALYZE`
//! update `pg_class`'s statistics in place, without a new `xmin`, and
//! planner statistics (`pg_statistic`) are not compared; any other change a
//! maintenance job makes to a catalog only costs a copy: a database in doubt
//! is dropped.

use sqlx::{AssertSqlSafe, Executor, PgConnection, Row};

use super::postgres::{delete_order, literal};
use super::{quote, Postgres};

/// A cutoff older than this many transactions is not trusted: transaction
/// ids wrap around after 2^31, and then the comparison would lie.
const OLDEST_CUTOFF: u64 = 1_000_000_000;

/// The first line of a stored profile, so that a profile written in another
/// format (another version of itest) is never misread.
const PROFILE_FORMAT: &str = "itest pristine profile v3";

/// What a copy of the template holds, but for the rows of tables the
/// template leaves empty: taken from a new copy, compared after each test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Profile {
    /// Each per-database catalog of `pg_catalog` and its row count.
    catalogs: Vec<(String, i64)>,
    /// The tables the template has rows in (schema, table) and how many.
    filled: Vec<(String, String, i64)>,
    /// The tables it leaves empty, which a test may write.
    empty: Vec<(String, String)>,
    /// Foreign keys between those: (child, parent) as indexes into `empty`.
    references: Vec<(usize, usize)>,
    /// Each sequence (schema, name) and its `last_value` (`None`: unused).
    sequences: Vec<(String, String, Option<i64>)>,
}

/// A transaction id: everything a later transaction writes carries one at
/// or after it. Kept whole (with its epoch), compared as the server does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cutoff(pub(crate) u64);

impl Cutoff {
    /// The 32-bit id `xmin` is compared with.
    fn xid(self) -> u32 {
        self.0 as u32
    }
}

/// A copy closed to new connections: the `xmin` of its `pg_database` row as
/// the seal wrote it. Any later change to that row (connections allowed
/// again, even for a moment, a rename, a new owner) gives it another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Seal(pub(crate) u32);

/// A copy handed back clean: nothing in it changed since `since` (but what
/// ended then), and, when `seal`, no session could reach it since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AtRest {
    pub(crate) since: Cutoff,
    pub(crate) seal: Option<Seal>,
}

impl AtRest {
    /// As the registry stores it: `since`, or `since sealed xmin`.
    pub(crate) fn to_text(self) -> String {
        match self.seal {
            Some(Seal(xmin)) => format!("{} sealed {xmin}", self.since.0),
            None => self.since.0.to_string(),
        }
    }

    pub(crate) fn from_text(text: &str) -> Option<AtRest> {
        let (since, seal) = match text.split_once(" sealed ") {
            Some((since, xmin)) => (since, Some(Seal(xmin.parse().ok()?))),
            None => (text, None),
        };
        Some(AtRest {
            since: Cutoff(since.parse().ok()?),
            seal,
        })
    }
}

/// What a used copy needs to be handed out again, or why it cannot be.
pub(crate) enum Verdict {
    /// Only rows and sequences changed: put back, and fit for the next test
    /// from this cutoff on.
    Pristine(Cutoff),
    /// It cannot be made as its template was: drop it.
    Spoiled,
}

/// A look at a copy: its catalogs, its template's tables, its sequences.
struct Look {
    /// Per catalog of the profile: its rows, and how many are newer than the cutoff.
    catalogs: Vec<(i64, i64)>,
    filled: Vec<(i64, i64)>,
    /// Per empty table of the profile: whether it has rows now.
    written: Vec<bool>,
    sequences: Vec<(String, String, Option<i64>)>,
    /// User tables in the database: as many as the profile lists, or the
    /// profile is not this template's.
    tables: i64,
    /// A change to the database itself (ALTER DATABASE, its settings, a
    /// prepared transaction, a replication slot or subscription in it).
    database_changed: bool,
    /// The cutoff too old to compare with.
    too_old: bool,
    now: Cutoff,
}

impl Postgres {
    /// Puts a session a test used back as a new one would be, named
    /// `application_name`: its transaction rolled back, and its settings,
    /// role, locks, listens, cursors, temporary tables and cached plans gone.
    /// Not `DISCARD ALL`: its `DEALLOCATE ALL` would drop the statements
    /// sqlx has prepared on it and still counts on.
    pub(crate) async fn reset_session(
        conn: &mut PgConnection,
        application_name: &str,
    ) -> Result<(), sqlx::Error> {
        // In a transaction begun earlier, `now()` is its start; an aborted
        // one refuses the query. Either way: rolled back. (A `ROLLBACK`
        // outside a transaction would warn.)
        let idle = sqlx::raw_sql("SELECT now() = statement_timestamp()")
            .fetch_one(&mut *conn)
            .await
            .and_then(|row| row.try_get::<bool, _>(0));
        let aborted = |e: &sqlx::Error| match e {
            sqlx::Error::Database(e) => e.code().as_deref() == Some("25P02"),
            _ => false,
        };
        match idle {
            Ok(true) => {}
            Err(e) if !aborted(&e) => return Err(e),
            Ok(false) | Err(_) => {
                conn.execute("ROLLBACK").await?;
            }
        }
        conn.execute(AssertSqlSafe(format!(
            "CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; UNLISTEN *;
             SELECT pg_advisory_unlock_all(); DISCARD PLANS; DISCARD SEQUENCES; DISCARD TEMP;
             SET application_name = {}",
            literal(application_name)
        )))
        .await?;
        Ok(())
    }

    /// Ends every other session in the database `conn` is in (the test's,
    /// whatever runtime opened them) and waits until they have exited, for
    /// up to `patience`; those that close on their own within
    /// [`SESSIONS_LINGER`](super::SESSIONS_LINGER) are left to it. Returns
    /// how many are still there. Polls, like
    /// [`Postgres::end_sessions`]: `pg_terminate_backend(pid, timeout)`
    /// looks every 100 ms, and a test's sessions are usually closing already.
    ///
    /// A session still starting shows in `pg_locks` (it holds the
    /// database's lock while it checks that it may connect) before it shows
    /// in `pg_stat_activity`, and in one or the other until it exits: after
    /// a seal, none is missed.
    pub(crate) async fn end_other_sessions(
        conn: &mut PgConnection,
        patience: std::time::Duration,
    ) -> Result<i64, sqlx::Error> {
        let start = std::time::Instant::now();
        loop {
            // Those starting are counted, not ended: they are not backends
            // yet to pg_terminate_backend, and will be refused or show.
            let left: i64 = sqlx::query_scalar(
                "WITH here AS (SELECT pid FROM pg_stat_activity
                               WHERE datname = current_database() AND pid <> pg_backend_pid())
                 SELECT (SELECT count(CASE WHEN $1 THEN pg_terminate_backend(pid) END)
                                + count(*) FILTER (WHERE NOT $1) FROM here)
                      + (SELECT count(*) FROM pg_locks
                         WHERE locktype = 'object' AND classid = 'pg_database'::regclass
                           AND objid = (SELECT oid FROM pg_database WHERE datname = current_database())
                           AND pid <> pg_backend_pid() AND pid NOT IN (SELECT pid FROM here))",
            )
            .bind(start.elapsed() >= super::SESSIONS_LINGER)
            .fetch_one(&mut *conn)
            .await?;
            if left == 0 || start.elapsed() > patience {
                return Ok(left);
            }
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        }
    }

    /// Closes `database` to new connections, from another database (one
    /// cannot seal the database it is in). Sessions already in it stay:
    /// the caller ends them next.
    pub(crate) async fn seal(
        admin: &mut PgConnection,
        database: &str,
    ) -> Result<Seal, sqlx::Error> {
        // One implicit transaction: the row read is the one the seal wrote.
        let rows = sqlx::raw_sql(AssertSqlSafe(format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS false;
             SELECT xmin::text FROM pg_database WHERE datname = {literal}",
            name = quote(database),
            literal = literal(database),
        )))
        .fetch_all(admin)
        .await?;
        let xmin: String = match rows.first() {
            Some(row) => row.try_get(0)?,
            None => return Err(sqlx::Error::RowNotFound),
        };
        xmin.parse()
            .map(Seal)
            .map_err(|_| sqlx::Error::Protocol(format!("unexpected xmin {xmin:?}")))
    }

    /// Waits, for up to `patience`, until no session is in `database`,
    /// seen from another database: a closed session's server process takes
    /// a moment to exit, and a worker someone is in is not leased.
    pub(crate) async fn wait_until_empty(
        admin: &mut PgConnection,
        database: &str,
        patience: std::time::Duration,
    ) -> Result<bool, sqlx::Error> {
        let start = std::time::Instant::now();
        loop {
            let sessions: i64 = sqlx::raw_sql(AssertSqlSafe(format!(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE datname = {} AND backend_type = 'client backend'",
                literal(database)
            )))
            .fetch_one(&mut *admin)
            .await?
            .try_get(0)?;
            if sessions == 0 || start.elapsed() > patience {
                return Ok(sessions == 0);
            }
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        }
    }

    /// Opens a sealed `database` to connections again. Returns whether it
    /// was still as sealed with `seal` (closed all along, its row untouched,
    /// no settings, which other databases can add), and the cutoff from
    /// which the next check compares: nothing but this reopening happened
    /// in between. Sessions are not counted: those there at the seal were
    /// ended before the check that followed it, and none can join a sealed
    /// database; the sealer's own cleaner may still be on its way out.
    pub(crate) async fn unseal(
        admin: &mut PgConnection,
        database: &str,
        seal: Seal,
    ) -> Result<(bool, Cutoff), sqlx::Error> {
        let rows = sqlx::raw_sql(AssertSqlSafe(format!(
            "SELECT (NOT d.datallowconn AND d.xmin = '{xmin}'::xid
                     AND NOT EXISTS (SELECT FROM pg_db_role_setting WHERE setdatabase = d.oid))::text
             FROM pg_database d WHERE d.datname = {literal};
             ALTER DATABASE {name} ALLOW_CONNECTIONS true;
             SELECT pg_current_xact_id()::text",
            xmin = seal.0,
            name = quote(database),
            literal = literal(database),
        )))
        .fetch_all(admin)
        .await?;
        let text = |i: usize| -> Result<String, sqlx::Error> {
            match rows.get(i) {
                Some(row) => row.try_get(0),
                None => Err(sqlx::Error::RowNotFound),
            }
        };
        let untouched = text(0)? == "true";
        // Just after the reopening's own transaction: every later one has an
        // id at or above it. (A snapshot's xmax would not do: it may be at
        // or below the id of the transaction that takes it.)
        let reopened = text(1)?;
        let reopened: u64 = reopened.parse().map_err(|_| {
            sqlx::Error::Protocol(format!("unexpected transaction id {reopened:?}"))
        })?;
        Ok((untouched, Cutoff(reopened + 1)))
    }

    /// The profile of a new copy, and the cutoff from which it holds. Only
    /// meaningful on a copy no test has used.
    pub(crate) async fn profile(conn: &mut PgConnection) -> Result<(Profile, Cutoff), sqlx::Error> {
        // Not the few a role other than a superuser may not read
        // (pg_statistic, pg_largeobject, pg_user_mapping): what is made or
        // dropped in them also shows in pg_largeobject_metadata and pg_depend.
        // Nor planner statistics for anyone: autovacuum's ANALYZE rewrites
        // them on its own once enough rows changed (which would cost a copy
        // every few dozen tests), and they change plans, never results; as
        // pg_class's row estimates, which VACUUM updates in place.
        let catalogs: Vec<String> = sqlx::query_scalar(
            "SELECT relname::text FROM pg_class
             WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r' AND NOT relisshared
               AND has_table_privilege(oid, 'SELECT')
               AND relname NOT IN ('pg_statistic', 'pg_statistic_ext_data')
             ORDER BY relname",
        )
        .fetch_all(&mut *conn)
        .await?;
        let tables: Vec<(String, String, bool)> = sqlx::query_as(
            r#"SELECT n.nspname::text, c.relname::text,
                      (xpath('/row/c/text()', query_to_xml(
                          format('SELECT EXISTS (SELECT FROM %I.%I) AS c', n.nspname, c.relname),
                          false, true, '')))[1]::text = 'true'
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                 AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                 AND n.nspname NOT LIKE 'pg\_%'
               ORDER BY 1, 2"#,
        )
        .fetch_all(&mut *conn)
        .await?;
        let references: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT cn.nspname::text, c.relname::text, pn.nspname::text, p.relname::text
             FROM pg_constraint k
             JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
             JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE k.contype = 'f' AND k.conrelid <> k.confrelid",
        )
        .fetch_all(&mut *conn)
        .await?;
        let (filled, empty): (Vec<_>, Vec<_>) = tables.into_iter().partition(|(.., rows)| *rows);
        let empty: Vec<(String, String)> = empty.into_iter().map(|(s, t, _)| (s, t)).collect();
        let position =
            |schema: &str, table: &str| empty.iter().position(|(s, t)| s == schema && t == table);
        let references = references
            .iter()
            .filter_map(|(cs, ct, ps, pt)| Some((position(cs, ct)?, position(ps, pt)?)))
            .collect();
        let mut profile = Profile {
            catalogs: catalogs.into_iter().map(|name| (name, 0)).collect(),
            filled: filled.into_iter().map(|(s, t, _)| (s, t, 0)).collect(),
            empty,
            references,
            sequences: Vec::new(),
        };
        let look = look(conn, &profile, Cutoff(0), None, true).await?;
        for (entry, (rows, _)) in profile.catalogs.iter_mut().zip(&look.catalogs) {
            entry.1 = *rows;
        }
        for (entry, (rows, _)) in profile.filled.iter_mut().zip(&look.filled) {
            entry.2 = *rows;
        }
        profile.sequences = look.sequences;
        Ok((profile, look.now))
    }

    /// Checks a used copy against its profile and, when only rows and
    /// sequences changed since `since`, puts them back as the template has
    /// them. The caller has ended the test's sessions. `seal`: the copy was
    /// sealed since, which changed its `pg_database` row.
    pub(crate) async fn restore(
        conn: &mut PgConnection,
        profile: &Profile,
        since: Cutoff,
        seal: Option<Seal>,
    ) -> Result<Verdict, sqlx::Error> {
        let before = look(conn, profile, since, seal, true).await?;
        if spoiled(profile, &before) {
            return Ok(Verdict::Spoiled);
        }
        let written: Vec<String> = profile
            .empty
            .iter()
            .zip(&before.written)
            .filter(|(_, written)| **written)
            .map(|((schema, table), _)| format!("{}.{}", quote(schema), quote(table)))
            .collect();
        let references: Vec<(String, String)> = profile
            .references
            .iter()
            .map(|&(child, parent)| {
                let name = |i: usize| {
                    format!(
                        "{}.{}",
                        quote(&profile.empty[i].0),
                        quote(&profile.empty[i].1)
                    )
                };
                (name(child), name(parent))
            })
            .collect();
        let mut statements = match delete_order(&written, &references) {
            Some(order) => order.iter().map(|t| format!("DELETE FROM {t};")).collect(),
            // A cycle of foreign keys: TRUNCATE gives the tables new files
            // (new pg_class rows, older than the next cutoff).
            None => format!("TRUNCATE {} CASCADE;", written.join(", ")),
        };
        for (schema, name, value) in &before.sequences {
            let wanted = profile
                .sequences
                .iter()
                .find(|(s, n, _)| s == schema && n == name)
                .map(|(.., v)| *v);
            let sequence = literal(&format!("{}.{}", quote(schema), quote(name)));
            match wanted {
                Some(wanted) if wanted == *value => {}
                Some(Some(wanted)) => {
                    statements.push_str(&format!("SELECT setval({sequence}, {wanted}, true);"))
                }
                Some(None) => statements.push_str(&format!(
                    "SELECT setval(seqrelid, seqstart, false) FROM pg_sequence
                     WHERE seqrelid = {sequence}::regclass;"
                )),
                // A sequence the catalogs would have shown as new.
                None => return Ok(Verdict::Spoiled),
            }
        }
        if statements.is_empty() {
            return Ok(Verdict::Pristine(before.now));
        }
        conn.execute(AssertSqlSafe(statements)).await?;
        // Triggers may have written elsewhere while rows went.
        let after = look(conn, profile, since, seal, false).await?;
        if spoiled(profile, &after)
            || after.written.iter().any(|&written| written)
            || after.sequences != profile.sequences
        {
            return Ok(Verdict::Spoiled);
        }
        Ok(Verdict::Pristine(after.now))
    }
}

/// Whether `look` shows a copy that its profile cannot be restored to: too
/// old to compare, the database itself changed, a catalog (DDL) or a table
/// its template has rows in changed.
fn spoiled(profile: &Profile, look: &Look) -> bool {
    let changed = |rows: i64, (now, newer): &(i64, i64)| *now != rows || *newer > 0;
    look.too_old
        || look.database_changed
        || look.tables != (profile.filled.len() + profile.empty.len()) as i64
        || profile
            .catalogs
            .iter()
            .zip(&look.catalogs)
            .any(|((_, rows), l)| changed(*rows, l))
        || profile
            .filled
            .iter()
            .zip(&look.filled)
            .any(|((.., rows), l)| changed(*rows, l))
}

/// One round trip: counts and newer rows of the profile's catalogs (when
/// `catalogs`) and filled tables, the sequences, the database's own state.
async fn look(
    conn: &mut PgConnection,
    profile: &Profile,
    since: Cutoff,
    seal: Option<Seal>,
    catalogs: bool,
) -> Result<Look, sqlx::Error> {
    let xid = since.xid();
    // The seal's own write to the row is not a change to the database.
    let sealed = match seal {
        Some(Seal(xmin)) => format!("AND d.xmin <> '{xmin}'::xid"),
        None => String::new(),
    };
    let counted = |table: String| {
        format!(
            "(SELECT count(*) || ' ' || count(*) FILTER (WHERE age(xmin) <= age('{xid}'::xid)) FROM {table})"
        )
    };
    let catalog_parts: Vec<String> = match catalogs {
        true => profile
            .catalogs
            .iter()
            .map(|(name, _)| counted(format!("pg_catalog.{}", quote(name))))
            .collect(),
        false => Vec::new(),
    };
    let filled_parts: Vec<String> = profile
        .filled
        .iter()
        .map(|(schema, table, _)| counted(format!("{}.{}", quote(schema), quote(table))))
        .collect();
    let written_parts: Vec<String> = profile
        .empty
        .iter()
        .map(|(schema, table)| {
            format!(
                "(SELECT EXISTS (SELECT FROM {}.{}))::text",
                quote(schema),
                quote(table)
            )
        })
        .collect();
    let array = |parts: Vec<String>| match parts.is_empty() {
        true => "'{}'::text[]".to_owned(),
        false => format!("ARRAY[{}]", parts.join(", ")),
    };
    let sql = format!(
        r#"SELECT {catalogs}, {filled}, {written},
              COALESCE((SELECT array_agg(schemaname || E'\t' || sequencename || E'\t'
                                         || COALESCE(last_value::text, '')
                                         ORDER BY schemaname, sequencename)
                        FROM pg_sequences), '{{}}'),
              (SELECT (age(d.xmin) <= age('{xid}'::xid) {sealed})
                      OR EXISTS (SELECT FROM pg_db_role_setting WHERE setdatabase = d.oid)
                      OR EXISTS (SELECT FROM pg_prepared_xacts WHERE database = d.datname)
                      OR EXISTS (SELECT FROM pg_replication_slots WHERE database = d.datname)
                      OR EXISTS (SELECT FROM pg_subscription WHERE subdbid = d.oid)
               FROM pg_database d WHERE d.datname = current_database()),
              pg_snapshot_xmax(pg_current_snapshot())::text,
              (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                 AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                 AND n.nspname NOT LIKE 'pg\_%')"#,
        catalogs = array(catalog_parts),
        filled = array(filled_parts),
        written = array(written_parts),
    );
    let row = sqlx::raw_sql(AssertSqlSafe(sql)).fetch_one(conn).await?;
    let pairs = |texts: Vec<String>| -> Vec<(i64, i64)> {
        texts
            .iter()
            .map(|text| {
                let (rows, newer) = text.split_once(' ').unwrap_or((text, "0"));
                (rows.parse().unwrap_or(-1), newer.parse().unwrap_or(-1))
            })
            .collect()
    };
    let written: Vec<String> = row.try_get(2)?;
    let sequences: Vec<String> = row.try_get(3)?;
    let now: String = row.try_get(5)?;
    let now = Cutoff(now.parse().unwrap_or(0));
    Ok(Look {
        catalogs: pairs(row.try_get(0)?),
        filled: pairs(row.try_get(1)?),
        written: written.iter().map(|w| w == "true").collect(),
        sequences: sequences
            .iter()
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let (schema, name, value) = (fields.next()?, fields.next()?, fields.next()?);
                Some((schema.to_owned(), name.to_owned(), value.parse().ok()))
            })
            .collect(),
        database_changed: row.try_get(4)?,
        tables: row.try_get(6)?,
        too_old: since.0 > 0 && now.0.saturating_sub(since.0) > OLDEST_CUTOFF,
        now,
    })
}

impl Profile {
    /// As stored in the registry beside a copy handed back clean.
    pub(crate) fn to_text(&self) -> String {
        let mut text = String::from(PROFILE_FORMAT);
        for (name, rows) in &self.catalogs {
            text.push_str(&format!("\ncatalog\t{}\t{rows}", escape(name)));
        }
        for (schema, table, rows) in &self.filled {
            text.push_str(&format!(
                "\nfilled\t{}\t{}\t{rows}",
                escape(schema),
                escape(table)
            ));
        }
        for (schema, table) in &self.empty {
            text.push_str(&format!("\nempty\t{}\t{}", escape(schema), escape(table)));
        }
        for (child, parent) in &self.references {
            text.push_str(&format!("\nreference\t{child}\t{parent}"));
        }
        for (schema, name, value) in &self.sequences {
            let value = value.map(|v| v.to_string()).unwrap_or_default();
            text.push_str(&format!(
                "\nsequence\t{}\t{}\t{value}",
                escape(schema),
                escape(name)
            ));
        }
        text
    }

    /// A stored profile; `None` when it is not one this version wrote.
    pub(crate) fn from_text(text: &str) -> Option<Profile> {
        let mut lines = text.split('\n');
        if lines.next()? != PROFILE_FORMAT {
            return None;
        }
        let mut profile = Profile {
            catalogs: Vec::new(),
            filled: Vec::new(),
            empty: Vec::new(),
            references: Vec::new(),
            sequences: Vec::new(),
        };
        for line in lines {
            let fields: Vec<String> = line.split('\t').map(unescape).collect();
            match fields.as_slice() {
                [kind, name, rows] if kind == "catalog" => {
                    profile.catalogs.push((name.clone(), rows.parse().ok()?))
                }
                [kind, schema, table, rows] if kind == "filled" => {
                    profile
                        .filled
                        .push((schema.clone(), table.clone(), rows.parse().ok()?))
                }
                [kind, schema, table] if kind == "empty" => {
                    profile.empty.push((schema.clone(), table.clone()))
                }
                [kind, child, parent] if kind == "reference" => profile
                    .references
                    .push((child.parse().ok()?, parent.parse().ok()?)),
                [kind, schema, name, value] if kind == "sequence" => {
                    let value = match value.is_empty() {
                        true => None,
                        false => Some(value.parse().ok()?),
                    };
                    profile
                        .sequences
                        .push((schema.clone(), name.clone(), value))
                }
                _ => return None,
            }
        }
        let known = |&(child, parent): &(usize, usize)| {
            child < profile.empty.len() && parent < profile.empty.len()
        };
        (!profile.catalogs.is_empty() && profile.references.iter().all(known)).then_some(profile)
    }
}

/// Names may hold any character: tabs, newlines and backslashes are escaped.
fn escape(name: &str) -> String {
    name.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
}

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            },
            (c, false) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_survives_its_text_form() {
        let profile = Profile {
            catalogs: vec![("pg_class".into(), 404), ("pg_type".into(), 613)],
            filled: vec![("public".into(), "odd\tname\\\n".into(), 3)],
            empty: vec![
                ("public".into(), "users".into()),
                ("public".into(), "orgs".into()),
            ],
            references: vec![(0, 1)],
            sequences: vec![
                ("public".into(), "a_id_seq".into(), Some(7)),
                ("public".into(), "b_id_seq".into(), None),
            ],
        };
        assert_eq!(Profile::from_text(&profile.to_text()), Some(profile));
    }

    #[test]
    fn another_format_is_not_read() {
        assert_eq!(
            Profile::from_text("itest pristine profile v0\ncatalog\tpg_class\t1"),
            None
        );
        assert_eq!(Profile::from_text(PROFILE_FORMAT), None);
        assert_eq!(
            Profile::from_text(&format!("{PROFILE_FORMAT}\ncatalog\tpg_class\tmany")),
            None
        );
    }

    #[test]
    fn a_copy_at_rest_survives_its_text_form() {
        for at_rest in [
            AtRest {
                since: Cutoff((1 << 32) + 9),
                seal: None,
            },
            AtRest {
                since: Cutoff(812),
                seal: Some(Seal(807)),
            },
        ] {
            assert_eq!(AtRest::from_text(&at_rest.to_text()), Some(at_rest));
        }
        // What an earlier version stored: a cutoff alone.
        assert_eq!(
            AtRest::from_text("4711"),
            Some(AtRest {
                since: Cutoff(4711),
                seal: None
            })
        );
        assert_eq!(AtRest::from_text("4711 sealed"), None);
        assert_eq!(AtRest::from_text("4711 sealed x"), None);
    }

    #[test]
    fn the_cutoff_compares_its_low_32_bits() {
        assert_eq!(Cutoff((3 << 32) + 17).xid(), 17);
    }
}
