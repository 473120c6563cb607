//! SQLite (feature `sqlite`): each strategy on copies of a template file,
//! re-querying what each test did from another connection, and the files'
//! life: removed after the test, swept after a killed run, kept on request.

#![cfg(feature = "sqlite")]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{run_alone, text};
use itest::prelude::*;
use sqlx::{Connection, Sqlite, SqliteConnection};

type LiteDb = Db<Sqlite>;

async fn count(db: &mut LiteDb, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(db.conn())
        .await
        .unwrap()
}

/// What another connection sees: committed data only.
async fn count_outside(db: &LiteDb, table: &str) -> i64 {
    let mut other = SqliteConnection::connect_with(&db.connect_options())
        .await
        .unwrap();
    let n = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&mut other)
        .await
        .unwrap();
    other.close().await.unwrap();
    n
}

async fn insert_org(db: &mut LiteDb, name: &str) -> i64 {
    sqlx::query("INSERT INTO orgs (name) VALUES (?)")
        .bind(name)
        .execute(db.conn())
        .await
        .unwrap()
        .last_insert_rowid()
}

macro_rules! each_strategy {
    ($($strategy:literal => $module:ident),*) => {$(
        mod $module {
            use super::*;

            /// Two tests insert the same unique row: each sees only its own.
            #[itest(db = $strategy, migrations = "tests/sqlite_migrations")]
            async fn first_sees_only_its_own_rows(db: &mut Db<Sqlite>) {
                assert_eq!(count(db, "orgs").await, 0);
                insert_org(db, "acme").await;
                assert_eq!(count(db, "orgs").await, 1);
            }

            #[itest(db = $strategy, migrations = "tests/sqlite_migrations")]
            async fn second_sees_only_its_own_rows(db: &mut Db<Sqlite>) {
                assert_eq!(count(db, "orgs").await, 0);
                insert_org(db, "acme").await;
                assert_eq!(count(db, "orgs").await, 1);
            }

            /// Foreign keys hold, and AUTOINCREMENT starts from the
            /// template's (in tx too: SQLite rolls its counters back).
            #[itest(db = $strategy, migrations = "tests/sqlite_migrations")]
            async fn foreign_keys_and_counters(db: &mut Db<Sqlite>) {
                let bad = sqlx::query("INSERT INTO users (email, org_id) VALUES ('a@b', 999)")
                    .execute(db.conn())
                    .await;
                assert!(bad.is_err(), "the foreign key is enforced");
                let org = insert_org(db, "acme").await;
                assert_eq!(org, 1, "the counter starts from the template's");
                sqlx::query("INSERT INTO users (email, org_id) VALUES ('a@b', ?)")
                    .bind(org)
                    .execute(db.conn())
                    .await
                    .unwrap();
                let emails: Vec<String> = sqlx::query_scalar("SELECT email FROM user_emails")
                    .fetch_all(db.conn())
                    .await
                    .unwrap();
                assert_eq!(emails, ["a@b"], "the view is in the copy");
            }

            /// Set up as a production app would be: foreign keys, WAL, a busy timeout.
            #[itest(db = $strategy, migrations = "tests/sqlite_migrations")]
            async fn connections_are_set_up_as_in_production(db: &mut Db<Sqlite>) {
                let (foreign_keys, journal, busy): (i64, String, i64) = sqlx::query_as(
                    "SELECT (SELECT foreign_keys FROM pragma_foreign_keys),
                            (SELECT journal_mode FROM pragma_journal_mode),
                            (SELECT timeout FROM pragma_busy_timeout)",
                )
                .fetch_one(db.conn())
                .await
                .unwrap();
                assert_eq!((foreign_keys, journal.as_str(), busy), (1, "wal", 5000));
                let path = PathBuf::from(db.database_name());
                assert!(path.is_file(), "database_name() is the file: {path:?}");
                assert!(path.starts_with(sqlite_dir()), "{path:?} is under {:?}", sqlite_dir());
            }

            /// Seed rows are in every copy, generated columns computed.
            #[itest(db = $strategy, migrations = "tests/sqlite_migrations", seed = ["tests/sqlite_seeds/plans.sql"])]
            async fn seeds_are_in_the_copy(db: &mut Db<Sqlite>) {
                let plans: Vec<(String, String)> =
                    sqlx::query_as("SELECT name, upper_name FROM plans ORDER BY id")
                        .fetch_all(db.conn())
                        .await
                        .unwrap();
                assert_eq!(plans, [("free".into(), "FREE".into()), ("pro".into(), "PRO".into())]);
                sqlx::query("DELETE FROM plans").execute(db.conn()).await.unwrap();
            }

            #[itest(db = $strategy, migrations = "tests/sqlite_migrations", seed = ["tests/sqlite_seeds/plans.sql"])]
            async fn seeds_are_back_for_the_next_test(db: &mut Db<Sqlite>) {
                assert_eq!(count(db, "plans").await, 2);
                sqlx::query("DELETE FROM plans").execute(db.conn()).await.unwrap();
            }

            /// A fixture takes the same `Db<Sqlite>` as its test.
            #[itest(db = $strategy, fixtures = [acme], migrations = "tests/sqlite_migrations")]
            async fn fixtures_share_the_tests_database(db: &mut Db<Sqlite>, acme: &i64) {
                let name: String = sqlx::query_scalar("SELECT name FROM orgs WHERE id = ?")
                    .bind(*acme)
                    .fetch_one(db.conn())
                    .await
                    .unwrap();
                assert_eq!(name, "acme");
            }
        }
    )*};
}

each_strategy!("tx" => tx, "fresh" => fresh);

/// Where this binary's SQLite files are (ITEST_SQLITE_DIR, else under target/).
fn sqlite_dir() -> PathBuf {
    match std::env::var_os("ITEST_SQLITE_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => {
            let exe = std::env::current_exe().unwrap();
            exe.parent()
                .unwrap()
                .parent()
                .unwrap()
                .parent()
                .unwrap()
                .join("itest/sqlite")
        }
    }
}

#[fixture]
async fn acme(db: &mut Db<Sqlite>) -> i64 {
    insert_org(db, "acme").await
}

/// In tx nothing is committed: another connection sees nothing, and code
/// that commits its own transaction commits a savepoint.
#[itest(db = "tx", migrations = "tests/sqlite_migrations")]
async fn tx_commits_of_the_code_are_savepoints(db: &mut Db<Sqlite>) {
    let mut tx = db.conn().begin().await.unwrap();
    sqlx::query("INSERT INTO orgs (name) VALUES ('committed')")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let pool = db.pool();
    let mut code = pool.begin().await.unwrap();
    sqlx::query("INSERT INTO orgs (name) VALUES ('by the code')")
        .execute(&mut *code)
        .await
        .unwrap();
    code.commit().await.unwrap();
    assert_eq!(count(db, "orgs").await, 2, "the test sees both");
    assert_eq!(count_outside(db, "orgs").await, 0, "nobody else does");
}

/// In fresh, the pool's connections all see the same, committed data.
#[itest(db = "fresh", migrations = "tests/sqlite_migrations")]
async fn fresh_pool_connections_see_the_same_data(db: &mut Db<Sqlite>) {
    let pool = db.pool();
    let mut first = pool.acquire().await.unwrap();
    let mut second = pool.acquire().await.unwrap();
    sqlx::query("INSERT INTO orgs (name) VALUES ('shared')")
        .execute(&mut *first)
        .await
        .unwrap();
    let seen: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orgs")
        .fetch_one(&mut *second)
        .await
        .unwrap();
    assert_eq!(seen, 1, "a second connection sees the first one's row");
    drop((first, second));
    assert_eq!(count_outside(db, "orgs").await, 1, "and so does a new one");
}

/// Each way of committing behind itest's back in tx, after a row was
/// written: every one fails its test, and nothing reaches the next test.
macro_rules! commits {
    ($($name:ident: $sql:literal),*) => {$(
        #[itest(db = "tx", migrations = "tests/sqlite_migrations")]
        #[ignore = "scenario: run by a_commit_in_tx_fails_and_persists_nothing"]
        async fn $name(db: &mut Db<Sqlite>) {
            insert_org(db, "before").await;
            let _ = sqlx::raw_sql($sql).execute(db.conn()).await;
            let _ = sqlx::query("INSERT INTO orgs (name) VALUES ('after')")
                .execute(db.conn())
                .await;
        }
    )*};
}

commits!(
    scenario_commit_1_raw: "COMMIT",
    scenario_commit_1_and_begin: "COMMIT; BEGIN"
);

#[itest(db = "tx", migrations = "tests/sqlite_migrations")]
#[ignore = "scenario: run by a_commit_in_tx_fails_and_persists_nothing"]
async fn scenario_commit_2_after(db: &mut Db<Sqlite>) {
    assert_eq!(count(db, "orgs").await, 0, "nothing was committed");
    assert_eq!(count_outside(db, "orgs").await, 0);
}

#[test]
fn a_commit_in_tx_fails_and_persists_nothing() {
    let output = Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args(["scenario_commit_", "--include-ignored", "--test-threads=1"])
        .output()
        .unwrap();
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert_eq!(
        printed
            .matches("it committed inside its transaction")
            .count(),
        2,
        "{printed}"
    );
    assert!(printed.contains("use db = \"fresh\""), "{printed}");
    assert!(printed.contains("1 passed; 2 failed"), "{printed}");
}

/// Runs a scenario in a child and returns the database file it printed,
/// with the child still running.
fn spawn_scenario(test: &str, env: &[(&str, &str)]) -> (std::process::Child, PathBuf) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .envs(env.iter().copied())
        .args([test, "--exact", "--include-ignored", "--nocapture"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let path = loop {
        line.clear();
        assert!(
            std::io::BufRead::read_line(&mut out, &mut line).unwrap() > 0,
            "no database printed by {test}"
        );
        if let Some(path) = line.trim().split("database: ").nth(1) {
            break PathBuf::from(path);
        }
    };
    (child, path)
}

/// The statement a timed-out test runs is interrupted: the process then
/// closes its pools and removes its files at exit, as it could not while
/// the statement ran.
#[test]
fn a_timed_out_statement_is_interrupted() {
    let (child, path) = spawn_scenario("scenario_counts_past_its_limit", &[]);
    let output = child.wait_with_output().unwrap();
    let printed = text(&output);
    assert!(printed.contains("timed out after 300ms"), "{printed}");
    assert!(
        printed.contains("Its running SQLite statement was interrupted"),
        "{printed}"
    );
    assert!(!path.exists(), "{path:?} was removed at exit: {printed}");
    assert!(!path.parent().unwrap().exists(), "and its run's folder");
}

#[itest(
    db = "tx",
    timeout = "300ms",
    migrations = "tests/sqlite_private_migrations"
)]
#[ignore = "scenario: run by a_timed_out_statement_is_interrupted"]
async fn scenario_counts_past_its_limit(db: &mut Db<Sqlite>) {
    println!("database: {}", db.database_name());
    // Counts for ever: only an interrupt ends it.
    sqlx::query(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n",
    )
    .execute(db.conn())
    .await
    .unwrap();
}

#[itest(db = "fresh", migrations = "tests/sqlite_private_migrations")]
#[ignore = "scenario: run by a_killed_runs_files_are_removed_by_the_next_run"]
async fn scenario_killed_while_fresh(db: &mut Db<Sqlite>) {
    insert_org(db, "left by a killed run").await;
    println!("database: {}", db.database_name());
    std::thread::sleep(std::time::Duration::from_secs(30));
}

#[itest(db = "fresh", migrations = "tests/sqlite_private_migrations")]
#[ignore = "scenario: run by the sweep tests"]
async fn scenario_next_run(db: &mut Db<Sqlite>) {
    assert_eq!(count(db, "orgs").await, 0);
}

/// A process killed in the middle of a fresh test leaves its file; the
/// next process finds its folder's lock free and removes it.
#[test]
fn a_killed_runs_files_are_removed_by_the_next_run() {
    let (mut child, path) = spawn_scenario("scenario_killed_while_fresh", &[]);
    child.kill().unwrap();
    child.wait().unwrap();
    // (Not asserted that the file is left: a run alongside may sweep it at
    // any moment now, which is what is being tested.)
    let output = run_alone("scenario_next_run", &[], &[]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(!path.exists(), "the next run removed {path:?}");
    assert!(!path.parent().unwrap().exists(), "and its folder");
}

#[itest(db = "fresh", migrations = "tests/sqlite_private_migrations")]
#[ignore = "scenario: run by a_kept_file_outlives_the_process_not_the_invocation"]
async fn scenario_kept_fails(db: &mut Db<Sqlite>) {
    insert_org(db, "look at me").await;
    panic!("fails on purpose");
}

/// The file a failed test kept, from its `sqlite3 '..'` line.
fn kept_file(printed: &str) -> PathBuf {
    let path = printed
        .split("sqlite3 '")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_else(|| panic!("no sqlite3 command printed: {printed}"));
    PathBuf::from(path)
}

async fn orgs_in(path: &Path) -> Vec<String> {
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(path);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    let names = sqlx::query_scalar("SELECT name FROM orgs")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    names
}

/// ITEST_KEEP=failed keeps a failed fresh test's file, with its rows, past
/// its process while the invocation that ran it lives (another process of
/// it sweeps and leaves it); once that invocation has ended, the next run
/// removes it.
#[test]
fn a_kept_file_outlives_the_process_not_the_invocation() {
    // This test's process stands for the invocation: it outlives the child.
    let output = run_alone("scenario_kept_fails", &[("ITEST_KEEP", "failed")], &[]);
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    let kept = kept_file(&printed);
    let output = run_alone("scenario_next_run", &[], &[]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        kept.exists(),
        "another process of the invocation left {kept:?}"
    );
    let rows = common::block_on(orgs_in(&kept));
    assert_eq!(
        rows,
        ["look at me"],
        "the kept file has the failed test's row"
    );

    // Now from an invocation that ends (a shell that runs the test and exits).
    let exe = std::env::current_exe().unwrap();
    let output = Command::new("sh")
        .args([
            "-c",
            "\"$0\" scenario_kept_fails --exact --include-ignored --nocapture; true",
        ])
        .arg(&exe)
        .env("ITEST_REPORT", "off")
        .env("ITEST_KEEP", "failed")
        .output()
        .unwrap();
    let second = kept_file(&text(&output));
    // (Not asserted that it is still there: a run alongside may sweep it
    // now that its invocation is over, as the next one does here.)
    let output = run_alone("scenario_next_run", &[], &[]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(!second.exists(), "the next run removed {second:?}");
    // Done looking at the first: its folder removed as the next invocation would.
    std::fs::remove_dir_all(kept.parent().unwrap()).unwrap();
}

/// Processes that start at once with migrations nobody has applied yet
/// make one template between them, under its lock; making it removes the
/// templates unused for over a week, and nothing else.
#[test]
fn processes_starting_at_once_make_one_template() {
    let root = std::env::temp_dir().join(format!("itest-sqlite-race-{}", std::process::id()));
    let migrations = root.join("tests/sqlite_private_migrations");
    std::fs::create_dir_all(&migrations).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sqlite_private_migrations");
    for entry in std::fs::read_dir(source).unwrap() {
        let entry = entry.unwrap();
        let sql = std::fs::read_to_string(entry.path()).unwrap();
        // New content, so a new template: this test's own.
        let sql = format!("-- {}\n{sql}", root.display());
        std::fs::write(migrations.join(entry.file_name()), sql).unwrap();
    }
    let dir = root.join("files");
    let templates = dir.join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let week_and_a_day = std::time::Duration::from_secs(8 * 24 * 3600);
    for (file, age) in [
        ("itest_0000000000000000.db", week_and_a_day),
        ("itest_1111111111111111.db", std::time::Duration::ZERO),
        ("notes.db", week_and_a_day),
    ] {
        let file = std::fs::File::create(templates.join(file)).unwrap();
        file.set_modified(std::time::SystemTime::now() - age)
            .unwrap();
    }
    let children: Vec<_> = (0..3)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .env("ITEST_REPORT", "off")
                .env("CARGO_MANIFEST_DIR", &root)
                .env("ITEST_SQLITE_DIR", &dir)
                .args(["scenario_next_run", "--exact", "--include-ignored"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", text(&output));
    }
    let mut left: Vec<String> = std::fs::read_dir(&templates)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !["itest_1111111111111111.db", "notes.db"].contains(&name.as_str()))
        .collect();
    left.sort();
    assert_eq!(
        left.len(),
        2,
        "one new template and its lock, the old one gone: {left:?}"
    );
    assert!(
        left[0].ends_with(".db") && left[1].ends_with(".lock"),
        "{left:?}"
    );
    assert!(
        templates.join("itest_1111111111111111.db").exists(),
        "a recent one stays"
    );
    assert!(
        templates.join("notes.db").exists(),
        "a file itest did not name stays"
    );
    let runs: Vec<_> = std::fs::read_dir(dir.join("runs")).unwrap().collect();
    assert!(runs.is_empty(), "every process removed its files: {runs:?}");
    std::fs::remove_dir_all(&root).unwrap();
}

/// A migration that fails names its folder and the error, and leaves no
/// template behind (the next run tries again), nor any file of the run.
#[test]
fn a_broken_migration_is_named_and_leaves_nothing() {
    let root = std::env::temp_dir().join(format!("itest-sqlite-broken-{}", std::process::id()));
    let migrations = root.join("tests/sqlite_private_migrations");
    std::fs::create_dir_all(&migrations).unwrap();
    std::fs::write(
        migrations.join("20260101000001_broken.sql"),
        "CREATE TABLE orgs (id INTEGER PRIMARY KEY);\nCREATE TABLE oops (;\n",
    )
    .unwrap();
    let dir = root.join("files");
    let output = Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .env("CARGO_MANIFEST_DIR", &root)
        .env("ITEST_SQLITE_DIR", &dir)
        .args(["scenario_next_run", "--exact", "--include-ignored"])
        .output()
        .unwrap();
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(printed.contains("migrations in"), "{printed}");
    assert!(printed.contains("sqlite_private_migrations"), "{printed}");
    assert!(printed.contains("syntax error"), "{printed}");
    let templates: Vec<String> = std::fs::read_dir(dir.join("templates"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.ends_with(".lock"))
        .collect();
    assert!(
        templates.is_empty(),
        "no template, staged or whole: {templates:?}"
    );
    let runs: Vec<_> = std::fs::read_dir(dir.join("runs")).unwrap().collect();
    assert!(runs.is_empty(), "no run folder: {runs:?}");
    std::fs::remove_dir_all(&root).unwrap();
}
