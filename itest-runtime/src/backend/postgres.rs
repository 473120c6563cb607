use sqlx::{AssertSqlSafe, Executor, PgConnection};
use sqlx_core::transaction::TransactionManager;

use super::{Backend, DatabaseState};

type PgTransactionManager = <sqlx::Postgres as sqlx::Database>::TransactionManager;

/// The catalog comment that marks a database itest has fully migrated.
const READY_MARK: &str = "itest: migrated and ready";

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

    async fn session_id(conn: &mut PgConnection) -> Result<i64, sqlx::Error> {
        let pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
            .fetch_one(conn)
            .await?;
        Ok(i64::from(pid))
    }

    async fn terminate_session(
        admin: &mut PgConnection,
        session_id: i64,
    ) -> Result<bool, sqlx::Error> {
        // The timeout argument (PostgreSQL 14+) waits until the backend has
        // exited, so its locks are gone when this returns.
        let pid = i32::try_from(session_id).unwrap_or(i32::MAX);
        sqlx::query_scalar("SELECT pg_terminate_backend($1, 5000)")
            .bind(pid)
            .fetch_one(admin)
            .await
    }

    async fn lock(admin: &mut PgConnection, key: i64) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(key)
            .execute(admin)
            .await?;
        Ok(())
    }

    async fn database_state(
        admin: &mut PgConnection,
        name: &str,
    ) -> Result<DatabaseState, sqlx::Error> {
        let comment: Option<Option<String>> = sqlx::query_scalar(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1",
        )
        .bind(name)
        .fetch_optional(admin)
        .await?;
        Ok(match comment {
            None => DatabaseState::Missing,
            Some(Some(mark)) if mark == READY_MARK => DatabaseState::Ready,
            Some(_) => DatabaseState::Incomplete,
        })
    }

    async fn create_database(admin: &mut PgConnection, name: &str) -> Result<(), sqlx::Error> {
        admin
            .execute(AssertSqlSafe(format!("CREATE DATABASE {}", quote(name))))
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

    async fn mark_ready(admin: &mut PgConnection, name: &str) -> Result<(), sqlx::Error> {
        admin
            .execute(AssertSqlSafe(format!(
                "COMMENT ON DATABASE {} IS '{READY_MARK}'",
                quote(name)
            )))
            .await?;
        Ok(())
    }

    fn is_permission_denied(error: &sqlx::Error) -> bool {
        // 42501 insufficient_privilege
        matches!(error, sqlx::Error::Database(e) if e.code().as_deref() == Some("42501"))
    }
}

/// Quotes an identifier. itest's own names are plain, but quoting keeps that an invariant.
fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}
