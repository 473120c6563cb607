use sqlx::{AssertSqlSafe, Executor, PgConnection};
use sqlx_core::transaction::TransactionManager;

use super::{quote, ServerSql};

type PgTransactionManager = <sqlx::Postgres as sqlx::Database>::TransactionManager;

pub(crate) struct Postgres;

impl ServerSql for Postgres {
    type Connection = PgConnection;

    async fn begin_test_transaction(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
        debug_assert_eq!(PgTransactionManager::get_transaction_depth(conn), 0);
        PgTransactionManager::begin(conn, None).await
    }

    async fn terminate_sessions(admin: &mut PgConnection, tag: &str) -> Result<u64, sqlx::Error> {
        // The timeout argument (PostgreSQL 14+) waits until each backend has
        // exited, so their locks are gone when this returns.
        let ended: Vec<bool> = sqlx::query_scalar(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
             WHERE application_name = $1 AND pid <> pg_backend_pid()",
        )
        .bind(tag)
        .fetch_all(admin)
        .await?;
        Ok(ended.into_iter().filter(|&ended| ended).count() as u64)
    }

    async fn lock(admin: &mut PgConnection, key: i64) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(key)
            .execute(admin)
            .await?;
        Ok(())
    }

    async fn try_lock(admin: &mut PgConnection, key: i64) -> Result<bool, sqlx::Error> {
        sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(key)
            .fetch_one(admin)
            .await
    }

    async fn unlock(admin: &mut PgConnection, key: i64) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(key)
            .execute(admin)
            .await?;
        Ok(())
    }

    async fn database_comment(
        admin: &mut PgConnection,
        name: &str,
    ) -> Result<Option<Option<String>>, sqlx::Error> {
        use sqlx::Row;
        // The simple protocol, the name as a literal: one round trip, where a
        // prepared statement takes two (each process looks up its copies once).
        let row = sqlx::raw_sql(AssertSqlSafe(format!(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = {}",
            literal(name)
        )))
        .fetch_optional(admin)
        .await?;
        row.map(|row| row.try_get(0)).transpose()
    }

    async fn create_database(
        admin: &mut PgConnection,
        name: &str,
        template: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        let template = template
            .map(|t| format!(" TEMPLATE {}", quote(t)))
            .unwrap_or_default();
        admin
            .execute(AssertSqlSafe(format!(
                "CREATE DATABASE {}{template}",
                quote(name)
            )))
            .await?;
        Ok(())
    }

    async fn copies_files_faster(admin: &mut PgConnection) -> Result<bool, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT current_setting('server_version_num')::int >= 150000
                    AND NOT current_setting('fsync')::bool",
        )
        .fetch_one(admin)
        .await
    }

    async fn copy_database(
        admin: &mut PgConnection,
        name: &str,
        template: &str,
        file_copy: bool,
    ) -> Result<(), sqlx::Error> {
        let strategy = match file_copy {
            true => " STRATEGY FILE_COPY",
            false => "",
        };
        admin
            .execute(AssertSqlSafe(format!(
                "CREATE DATABASE {} TEMPLATE {}{strategy}",
                quote(name),
                quote(template)
            )))
            .await?;
        Ok(())
    }

    async fn drop_database(admin: &mut PgConnection, name: &str) -> Result<(), sqlx::Error> {
        admin
            .execute(AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                quote(name)
            )))
            .await?;
        Ok(())
    }

    async fn comment_database(
        admin: &mut PgConnection,
        name: &str,
        comment: &str,
    ) -> Result<(), sqlx::Error> {
        admin
            .execute(AssertSqlSafe(format!(
                "COMMENT ON DATABASE {} IS {}",
                quote(name),
                literal(comment)
            )))
            .await?;
        Ok(())
    }

    async fn create_schema(
        conn: &mut PgConnection,
        name: &str,
        comment: &str,
    ) -> Result<(), sqlx::Error> {
        conn.execute(AssertSqlSafe(format!(
            "CREATE SCHEMA {name}; COMMENT ON SCHEMA {name} IS {comment}",
            name = quote(name),
            comment = literal(comment)
        )))
        .await?;
        Ok(())
    }

    async fn drop_schema(conn: &mut PgConnection, name: &str) -> Result<(), sqlx::Error> {
        conn.execute(AssertSqlSafe(format!(
            "DROP SCHEMA IF EXISTS {} CASCADE",
            quote(name)
        )))
        .await?;
        Ok(())
    }

    async fn schemas_named(
        conn: &mut PgConnection,
        prefix: &str,
    ) -> Result<Vec<(String, Option<String>)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT nspname::text, obj_description(oid, 'pg_namespace') FROM pg_namespace
             WHERE starts_with(nspname, $1)",
        )
        .bind(prefix)
        .fetch_all(conn)
        .await
    }

    async fn empty_tables(conn: &mut PgConnection, keep: &str) -> Result<Vec<String>, sqlx::Error> {
        let found = written_tables(conn, keep).await?;
        if found.tables.is_empty() && found.sequence_restarts.is_empty() {
            return Ok(Vec::new());
        }
        // DELETE, children first, rather than TRUNCATE: TRUNCATE gives every
        // table a new file, and CASCADE pulls in every referencing table,
        // empty or not. Triggers may write elsewhere while rows go, so the
        // tables are looked at once more; TRUNCATE is the fallback for that
        // and for foreign keys that form a cycle.
        let mut statements = match delete_order(&found.tables, &found.references) {
            Some(order) => order.iter().map(|t| format!("DELETE FROM {t};")).collect(),
            None => format!("TRUNCATE {} CASCADE;", found.tables.join(", ")),
        };
        // setval rather than RESTART: it rewrites no relation file.
        statements.extend(found.sequence_restarts.iter().map(String::as_str));
        conn.execute(AssertSqlSafe(statements)).await?;

        let left = written_tables(conn, keep).await?;
        if !left.tables.is_empty() {
            conn.execute(AssertSqlSafe(format!(
                "TRUNCATE {} CASCADE;",
                left.tables.join(", ")
            )))
            .await?;
        }
        Ok(found.tables)
    }

    fn is_permission_denied(error: &sqlx::Error) -> bool {
        // 42501 insufficient_privilege
        matches!(error, sqlx::Error::Database(e) if e.code().as_deref() == Some("42501"))
    }
}

impl Postgres {
    /// The comment on the database `conn` is in (a shared copy's mark), read
    /// by a session of that copy: one round trip, the simple protocol.
    pub(crate) async fn own_database_comment(
        conn: &mut PgConnection,
    ) -> Result<Option<String>, sqlx::Error> {
        let row = sqlx::raw_sql(Self::OWN_DATABASE_COMMENT)
            .fetch_one(conn)
            .await?;
        Self::comment_of(&row)
    }

    /// The statement [`Postgres::own_database_comment`] runs, to send along
    /// with others in one round trip; its row is read by [`Postgres::comment_of`].
    pub(crate) const OWN_DATABASE_COMMENT: &'static str =
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database
         WHERE datname = current_database()";

    pub(crate) fn comment_of(row: &sqlx::postgres::PgRow) -> Result<Option<String>, sqlx::Error> {
        use sqlx::Row;
        row.try_get(0)
    }

    /// A database error as a user can act on it: the server's message,
    /// detail and hint, the SQLSTATE, and with `sql` the line and column the
    /// error points at. Not sqlx's `Display`, whose `at line N` is a line
    /// of PostgreSQL's own source code.
    pub(crate) fn explain(error: &sqlx::Error, sql: Option<&str>) -> String {
        match (sql, Self::error_position(error)) {
            (Some(sql), Some(position)) => Self::explain_at(error, sql, position),
            _ => Self::describe(error, None),
        }
    }

    /// Like [`Postgres::explain`], with the 1-based character `position` in `sql`.
    pub(crate) fn explain_at(error: &sqlx::Error, sql: &str, position: usize) -> String {
        let before: String = sql.chars().take(position.saturating_sub(1)).collect();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Self::describe(error, Some((line, column)))
    }

    pub(crate) fn error_position(error: &sqlx::Error) -> Option<usize> {
        let pg = error
            .as_database_error()?
            .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()?;
        match pg.position()? {
            sqlx::postgres::PgErrorPosition::Original(position) => Some(position),
            _ => None,
        }
    }

    fn describe(error: &sqlx::Error, at: Option<(usize, usize)>) -> String {
        let Some(pg) = error
            .as_database_error()
            .and_then(|e| e.try_downcast_ref::<sqlx::postgres::PgDatabaseError>())
        else {
            return error.to_string();
        };
        let mut text = String::new();
        if let Some((line, column)) = at {
            text.push_str(&format!("line {line}, column {column}: "));
        }
        text.push_str(pg.message());
        text.push_str(&format!(" (SQLSTATE {})", pg.code()));
        if let Some(detail) = pg.detail() {
            text.push_str(&format!("; {detail}"));
        }
        if let Some(hint) = pg.hint() {
            text.push_str(&format!("; hint: {hint}"));
        }
        text
    }
}

/// What a test left in a database: tables with rows, sequences it used, and
/// the foreign keys between those tables (`references[i]` = child, parent).
struct Written {
    tables: Vec<String>,
    sequence_restarts: Vec<String>,
    references: Vec<(String, String)>,
}

/// One round trip: the tables that have rows (every user table but `keep`),
/// the `setval` statements restarting used sequences, and the foreign keys.
async fn written_tables(conn: &mut PgConnection, keep: &str) -> Result<Written, sqlx::Error> {
    let (tables, sequence_restarts, children, parents): (Vec<String>, Vec<String>, Vec<String>, Vec<String>) =
        sqlx::query_as(
            r#"
            WITH user_tables AS (
                SELECT c.oid, format('%I.%I', n.nspname, c.relname) AS name
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND n.nspname NOT LIKE 'pg\_%'
                  AND c.relname <> $1
            ), written AS (
                SELECT oid, name FROM user_tables
                WHERE (xpath('/row/c/text()', query_to_xml(
                    format('SELECT EXISTS (SELECT FROM %s) AS c', name), false, true, '')))[1]::text = 'true'
            ), refs AS (
                SELECT child.name AS child, parent.name AS parent
                FROM pg_constraint k
                JOIN written child ON child.oid = k.conrelid
                JOIN written parent ON parent.oid = k.confrelid
                WHERE k.contype = 'f' AND k.conrelid <> k.confrelid
            )
            SELECT
                COALESCE((SELECT array_agg(name ORDER BY name) FROM written), '{}'),
                COALESCE((SELECT array_agg(format('SELECT setval(%L, %s, false);',
                                                  format('%I.%I', schemaname, sequencename),
                                                  start_value))
                          FROM pg_sequences WHERE last_value IS NOT NULL), '{}'),
                COALESCE((SELECT array_agg(child ORDER BY child, parent) FROM refs), '{}'),
                COALESCE((SELECT array_agg(parent ORDER BY child, parent) FROM refs), '{}')
            "#,
        )
        .bind(keep)
        .fetch_one(&mut *conn)
        .await?;
    Ok(Written {
        tables,
        sequence_restarts,
        references: children.into_iter().zip(parents).collect(),
    })
}

/// An order in which `tables` can be emptied one DELETE at a time: a table
/// only once no table left to empty references it. `None` for a cycle.
pub(super) fn delete_order<'a>(
    tables: &'a [String],
    references: &[(String, String)],
) -> Option<Vec<&'a String>> {
    let mut left: Vec<&String> = tables.iter().collect();
    let mut order = Vec::with_capacity(tables.len());
    while !left.is_empty() {
        let free = left.iter().position(|t| {
            !references
                .iter()
                .any(|(child, parent)| parent == *t && left.contains(&child))
        })?;
        order.push(left.remove(free));
    }
    Some(order)
}

/// A string literal for statements that take no parameters (COMMENT ON).
pub(super) fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::delete_order;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn children_are_emptied_before_their_parents() {
        let tables = names(&["orgs", "users", "posts"]);
        let refs = vec![
            ("users".to_owned(), "orgs".to_owned()),
            ("posts".to_owned(), "users".to_owned()),
        ];
        let order = delete_order(&tables, &refs).unwrap();
        assert_eq!(order, ["posts", "users", "orgs"]);
    }

    #[test]
    fn a_cycle_has_no_order() {
        let tables = names(&["a", "b"]);
        let refs = vec![
            ("a".to_owned(), "b".to_owned()),
            ("b".to_owned(), "a".to_owned()),
        ];
        assert_eq!(delete_order(&tables, &refs), None);
    }
}
