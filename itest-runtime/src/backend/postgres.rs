use sqlx::{AssertSqlSafe, Executor, PgConnection};
use sqlx_core::transaction::TransactionManager;

use super::{quote, Backend};

type PgTransactionManager = <sqlx::Postgres as sqlx::Database>::TransactionManager;

pub(crate) struct Postgres;

impl Backend for Postgres {
    type Connection = PgConnection;

    async fn begin_test_transaction(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
        debug_assert_eq!(PgTransactionManager::get_transaction_depth(conn), 0);
        PgTransactionManager::begin(conn, None).await
    }

    async fn rollback_test_transaction(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
        // Savepoints the code under test left open are unwound one by one so
        // that sqlx's own depth count ends at zero, ready for the next test.
        while PgTransactionManager::get_transaction_depth(conn) > 0 {
            PgTransactionManager::rollback(conn).await?;
        }
        Ok(())
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
        sqlx::query_scalar(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1",
        )
        .bind(name)
        .fetch_optional(admin)
        .await
    }

    async fn databases_named(
        admin: &mut PgConnection,
        prefix: &str,
    ) -> Result<Vec<(String, Option<String>)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT datname::text, shobj_description(oid, 'pg_database') FROM pg_database
             WHERE starts_with(datname, $1)",
        )
        .bind(prefix)
        .fetch_all(admin)
        .await
    }

    async fn create_database(
        admin: &mut PgConnection,
        name: &str,
        template: Option<&str>,
        comment: &str,
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
        Self::comment_database(admin, name, comment).await
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
        // One round trip finds the tables that have rows and the sequences
        // that were used; a second empties and restarts exactly those.
        let (tables, sequence_restarts): (Vec<String>, Vec<String>) = sqlx::query_as(
            r#"
            WITH user_tables AS (
                SELECT format('%I.%I', n.nspname, c.relname) AS name
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND n.nspname NOT LIKE 'pg\_%'
                  AND c.relname <> $1
            )
            SELECT
                COALESCE(array_agg(name) FILTER (
                    WHERE (xpath('/row/c/text()',
                        query_to_xml(format('SELECT EXISTS (SELECT FROM %s) AS c', name), false, true, '')
                    ))[1]::text = 'true'), '{}'),
                COALESCE((SELECT array_agg(format('SELECT setval(%L, %s, false);',
                                                  format('%I.%I', schemaname, sequencename),
                                                  start_value))
                          FROM pg_sequences WHERE last_value IS NOT NULL), '{}')
            FROM user_tables
            "#,
        )
        .bind(keep)
        .fetch_one(&mut *conn)
        .await?;
        // setval rather than RESTART IDENTITY: it rewrites no relation file.
        let mut statements = String::new();
        if !tables.is_empty() {
            statements.push_str(&format!("TRUNCATE {} CASCADE;", tables.join(", ")));
        }
        for restart in &sequence_restarts {
            statements.push_str(restart);
        }
        if !statements.is_empty() {
            conn.execute(AssertSqlSafe(statements)).await?;
        }
        Ok(tables)
    }

    fn is_permission_denied(error: &sqlx::Error) -> bool {
        // 42501 insufficient_privilege
        matches!(error, sqlx::Error::Database(e) if e.code().as_deref() == Some("42501"))
    }
}

/// A string literal for statements that take no parameters (COMMENT ON).
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}
