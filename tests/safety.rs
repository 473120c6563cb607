//! What itest must never do: destroy a live test's database, schema or
//! worker, or touch a database it did not make. Each check runs real test
//! processes of this binary against the suite's server, the way two
//! colleagues' runs, two checkouts or two CI shards share one server.

mod common;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{block_on, outside, text};
use itest::prelude::*;
use sqlx::postgres::PgConnectOptions;
use sqlx::AssertSqlSafe;

// --- Probes: each writes a row, says where it runs, waits until the parent
// lets it go (SAFETY_RELEASE names a file), then checks that its row, and
// so its database, schema or worker, is still there.

/// Waits until the parent creates the file SAFETY_RELEASE names (30 s at most).
fn wait_for_release() {
    if let Ok(release) = std::env::var("SAFETY_RELEASE") {
        let start = Instant::now();
        while !std::path::Path::new(&release).exists() && start.elapsed() < Duration::from_secs(30)
        {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

async fn hold(db: &mut Db) {
    let email = format!("{}@example.com", itest::unique("hold"));
    sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind(&email)
        .execute(db.conn())
        .await
        .unwrap();
    let schema: String = sqlx::query_scalar("SELECT current_schema()::text")
        .fetch_one(db.conn())
        .await
        .unwrap();
    let run = itest::unique("r");
    let run = run.split('-').nth(1).unwrap();
    println!(
        "itest-probe={} schema={schema} run={run}",
        db.database_name()
    );
    wait_for_release();
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE email = $1")
        .bind(&email)
        .fetch_one(db.conn())
        .await
        .expect("the test's database is still there");
    assert_eq!(
        rows, 1,
        "the test's row is gone: another run touched its isolation"
    );
}

#[itest(db = "tx", migrations = "tests/migrations")]
#[ignore = "a probe, run by the tests below in child processes"]
async fn hold_tx(db: &mut Db) {
    hold(db).await;
}

#[itest(db = "truncate", migrations = "tests/migrations")]
#[ignore = "a probe, run by the tests below in child processes"]
async fn hold_truncate(db: &mut Db) {
    hold(db).await;
}

#[itest(db = "schema", migrations = "tests/migrations")]
#[ignore = "a probe, run by the tests below in child processes"]
async fn hold_schema(db: &mut Db) {
    hold(db).await;
}

#[itest(db = "fresh", migrations = "tests/migrations")]
#[ignore = "a probe, run by the tests below in child processes"]
async fn hold_fresh(db: &mut Db) {
    hold(db).await;
}

const HOLDERS: [&str; 4] = ["hold_tx", "hold_truncate", "hold_schema", "hold_fresh"];

/// A probe process that is holding its isolation.
struct Holder {
    child: Child,
    output: std::thread::JoinHandle<String>,
    database: String,
    run: String,
    release: PathBuf,
}

fn command(test: &str, url: &str) -> Command {
    let mut command = Command::new(std::env::current_exe().unwrap());
    // A scenario is not the run: its deliberate failures stay out of the report.
    command.env("ITEST_REPORT", "off");
    command
        .args([
            test,
            "--exact",
            "--nocapture",
            "--include-ignored",
            "--test-threads=1",
        ])
        .env("ITEST_DATABASE_URL", url)
        .env_remove("DATABASE_URL")
        // A run of its own: with nextest's NEXTEST_RUN_ID it would be a later
        // process of this nextest run, which leaves the sweep to the first.
        .env_remove("NEXTEST_RUN_ID");
    command
}

/// Starts `test` on `url` and waits until it holds its isolation.
fn start_holding(test: &str, url: &str) -> Holder {
    let release = std::env::temp_dir().join(format!("{}.release", itest::unique("safety")));
    let mut child = command(test, url)
        .env("SAFETY_RELEASE", &release)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = String::new();
    let probe = loop {
        match lines.next() {
            Some(Ok(line)) => {
                seen.push_str(&line);
                seen.push('\n');
                if let Some(rest) = line.split("itest-probe=").nth(1) {
                    break rest.to_owned();
                }
            }
            _ => {
                let mut err = String::new();
                let _ = std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err);
                panic!("{test} ended before holding: {seen}{err}");
            }
        }
    };
    let field = |key: &str| {
        probe
            .split_whitespace()
            .find_map(|f| f.strip_prefix(key))
            .map(str::to_owned)
            .unwrap_or_else(|| probe.split_whitespace().next().unwrap().to_owned())
    };
    let database = probe.split_whitespace().next().unwrap().to_owned();
    let run = field("run=");
    let mut stderr = child.stderr.take().unwrap();
    let output = std::thread::spawn(move || {
        let mut rest: String = lines.map_while(Result::ok).collect::<Vec<_>>().join("\n");
        let _ = std::io::Read::read_to_string(&mut stderr, &mut rest);
        rest
    });
    Holder {
        child,
        output,
        database,
        run,
        release,
    }
}

impl Holder {
    /// Lets the probe check its row and finish; panics if it failed.
    fn finish(mut self, why: &str) {
        std::fs::write(&self.release, "").unwrap();
        let status = self.child.wait().unwrap();
        let output = self.output.join().unwrap();
        let _ = std::fs::remove_file(&self.release);
        assert!(status.success(), "{why}: the held test failed:\n{output}");
    }
}

fn url_for(database: &str) -> String {
    let options = server();
    format!(
        "postgres://{}@{}:{}/{database}",
        options.get_username(),
        options.get_host(),
        options.get_port()
    )
}

fn server() -> PgConnectOptions {
    itest::server_connect_options().expect("the suite's server")
}

async fn execute(options: &PgConnectOptions, sql: &str) {
    let mut conn = outside(options).await;
    // Unprepared, so that `sql` may hold several statements.
    sqlx::Executor::execute(&mut conn, AssertSqlSafe(sql.to_owned()))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// A database on the suite's server for a second URL to name; not an itest name.
fn other_url_database(name: &str) -> String {
    block_on(async {
        let mut admin = outside(&server()).await;
        let exists: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)")
                .bind(name)
                .fetch_one(&mut admin)
                .await
                .unwrap();
        if !exists {
            let _ = sqlx::query(AssertSqlSafe(format!("CREATE DATABASE \"{name}\"")))
                .execute(&mut admin)
                .await;
        }
    });
    url_for(name)
}

fn drop_database(name: &str) {
    block_on(execute(
        &server(),
        &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
    ));
}

fn run_to_end(test: &str, url: &str) -> String {
    let output = command(test, url).output().unwrap();
    let printed = text(&output);
    assert!(output.status.success(), "{test} on {url}: {printed}");
    printed
}

// --- 1. Runs whose URLs name different databases on one server.

#[test]
fn runs_whose_urls_name_different_databases_leave_each_other_alone() {
    let first_url = url_for(server().get_database().unwrap_or("postgres"));
    let second_url = other_url_database("safety_second_url");
    let holders: Vec<Holder> = HOLDERS
        .iter()
        .map(|test| start_holding(test, &first_url))
        .collect();
    // The second run of every strategy sweeps, leases workers and makes
    // copies while the first one's tests are in the middle of theirs.
    for test in HOLDERS {
        run_to_end(test, &second_url);
    }
    for holder in holders {
        holder.finish("a second run with another URL database ran alongside");
    }
    drop_database("safety_second_url");
}

// --- 2. A lost lock session does not make a live run look dead.

fn keeper_sessions(run: &str) -> i64 {
    block_on(async {
        let mut admin = outside(&server()).await;
        sqlx::query_scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1")
            .bind(format!("itest-{run}-keeper"))
            .fetch_one(&mut admin)
            .await
            .unwrap()
    })
}

fn end_keeper_session(run: &str) {
    block_on(execute(
        &server(),
        &format!(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity \
             WHERE application_name = 'itest-{run}-keeper'"
        ),
    ));
}

/// Makes the registry say the run lives on another machine, so that no
/// process can look at its pid: only the server's view of it remains.
fn move_to_another_machine(run: &str) {
    block_on(execute(
        &server().database("itest_coordination"),
        &format!("UPDATE itest.runs SET host = 'another-machine' WHERE run = '{run}'"),
    ));
}

#[test]
fn a_lost_lock_session_does_not_make_a_live_run_look_dead() {
    let url = url_for(server().get_database().unwrap_or("postgres"));
    for elsewhere in [false, true] {
        let holders: Vec<Holder> = ["hold_truncate", "hold_schema", "hold_fresh"]
            .iter()
            .map(|test| start_holding(test, &url))
            .collect();
        for holder in &holders {
            if elsewhere {
                move_to_another_machine(&holder.run);
            }
            assert_eq!(keeper_sessions(&holder.run), 1, "the run holds its lock");
            end_keeper_session(&holder.run);
        }
        // New runs start while the lock is lost or just taken again.
        for test in ["hold_truncate", "hold_schema", "hold_fresh"] {
            run_to_end(test, &url);
        }
        for holder in &holders {
            let start = Instant::now();
            while keeper_sessions(&holder.run) == 0 && start.elapsed() < Duration::from_secs(10) {
                std::thread::sleep(Duration::from_millis(50));
            }
            assert_eq!(
                keeper_sessions(&holder.run),
                1,
                "the run took its lock again"
            );
        }
        for holder in holders {
            holder.finish("its lock session was ended and other runs started");
        }
    }
}

// --- 3. Look-alikes are refused, never dropped or emptied.

#[itest(db = "fresh", migrations = "tests/lookalike_migrations")]
#[ignore = "a probe, run by look_alike_databases_are_refused_and_keep_their_rows"]
async fn lookalike_fresh(db: &mut Db) {
    println!("itest-probe={}", db.database_name());
}

#[itest(db = "tx", migrations = "tests/lookalike_migrations")]
#[ignore = "a probe, run by look_alike_databases_are_refused_and_keep_their_rows"]
async fn lookalike_tx(_db: &mut Db) {}

#[itest(db = "truncate", migrations = "tests/lookalike_migrations")]
#[ignore = "a probe, run by look_alike_databases_are_refused_and_keep_their_rows"]
async fn lookalike_truncate(_db: &mut Db) {}

/// The template of a copy's name: `<template>_p<n>`, `<template>_f<run>_<n>`
/// (a template is `itest_` and 16 hex digits).
fn template_of(copy: &str) -> String {
    let end = "itest_".len() + 16;
    assert!(
        copy[end..].starts_with('_'),
        "`{copy}` is not a copy of a template"
    );
    copy[..end].to_owned()
}

fn probe_database(printed: &str) -> String {
    printed
        .split("itest-probe=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the probe prints its database")
        .to_owned()
}

/// Creates `name` holding one precious row, with `comment` if given.
fn plant(name: &str, comment: Option<&str>) {
    drop_database(name);
    block_on(async {
        execute(&server(), &format!("CREATE DATABASE \"{name}\"")).await;
        if let Some(comment) = comment {
            execute(
                &server(),
                &format!("COMMENT ON DATABASE \"{name}\" IS '{comment}'"),
            )
            .await;
        }
        execute(
            &server().database(name),
            "CREATE TABLE precious (value INT); INSERT INTO precious VALUES (42)",
        )
        .await;
    });
}

fn precious_rows(name: &str) -> i64 {
    block_on(async {
        let mut conn = outside(&server().database(name)).await;
        sqlx::query_scalar("SELECT count(*) FROM precious")
            .fetch_one(&mut conn)
            .await
            .unwrap_or_else(|e| panic!("`{name}` lost its table: {e}"))
    })
}

#[test]
fn look_alike_databases_are_refused_and_keep_their_rows() {
    let url = url_for(server().get_database().unwrap_or("postgres"));
    let template = template_of(&probe_database(&run_to_end("lookalike_fresh", &url)));
    let tx = format!("{template}_tx");
    let worker = format!("{template}_w0");
    let bench = "itest_lookalike_results";
    plant(&tx, None);
    plant(
        &worker,
        Some(&format!("itest: truncate worker of {template}")),
    );
    plant(bench, Some("itest: benchmark results, run 5"));

    let fresh_worker = format!("{template}_p0");
    plant(
        &fresh_worker,
        Some(&format!("itest: fresh worker of {template}")),
    );
    for (probe, refused) in [
        ("lookalike_tx", &tx),
        ("lookalike_truncate", &worker),
        ("lookalike_fresh", &fresh_worker),
    ] {
        let output = command(probe, &url).output().unwrap();
        let printed = text(&output);
        assert!(
            !output.status.success(),
            "{probe} used a look-alike: {printed}"
        );
        assert!(
            printed.contains(&format!("refusing to use `{refused}`")),
            "{printed}"
        );
        assert!(printed.contains("RENAME TO"), "says what to do: {printed}");
    }
    assert_eq!(
        precious_rows(&fresh_worker),
        1,
        "itest touched `{fresh_worker}`"
    );
    drop_database(&fresh_worker);
    // A run that sweeps leftovers and collects templates leaves them alone.
    run_to_end("lookalike_fresh", &url);
    for name in [&tx, &worker, &bench.to_owned()] {
        assert_eq!(precious_rows(name), 1, "itest touched `{name}`");
        drop_database(name);
    }
}

// --- 4. Killed during set-up: nothing unowned is left, and the next run cleans.

#[itest(db = "fresh", migrations = "tests/killed_migrations")]
#[ignore = "a probe, run by killed_fresh_runs_leave_nothing_behind"]
async fn killed_fresh(db: &mut Db) {
    println!("itest-probe={}", db.database_name());
    if std::env::var("SAFETY_BLOCK").is_ok() {
        std::thread::sleep(Duration::from_secs(30));
    }
}

fn copies_of(template: &str) -> Vec<(String, Option<String>)> {
    block_on(async {
        let mut admin = outside(&server()).await;
        sqlx::query_as(
            "SELECT datname::text, shobj_description(oid, 'pg_database') FROM pg_database
             WHERE starts_with(datname, $1 || '_f')",
        )
        .bind(template)
        .fetch_all(&mut admin)
        .await
        .unwrap()
    })
}

#[test]
fn killed_fresh_runs_leave_nothing_behind() {
    let url = url_for(server().get_database().unwrap_or("postgres"));
    let template = template_of(&probe_database(&run_to_end("killed_fresh", &url)));
    // Interrupted (SIGINT, Ctrl-C) and killed (SIGKILL) at moments spread
    // over the whole set-up: connecting, registering, copying, marking.
    for attempt in 0..12u64 {
        let mut child = command("killed_fresh", &url)
            .env("SAFETY_BLOCK", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(5 + attempt * 15));
        let signal = if attempt % 2 == 0 { "-INT" } else { "-KILL" };
        let _ = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status();
        let _ = child.wait();
    }
    let left = copies_of(&template);
    // The next run drops every copy of the dead runs, marked or not.
    run_to_end("killed_fresh", &url);
    assert_eq!(
        copies_of(&template),
        Vec::new(),
        "left by killed runs (before the next run: {left:?})"
    );
}

// --- 5. Garbage collection of templates: stale ones go, live ones stay.

#[itest(db = "fresh", migrations = "tests/gc_stale_migrations")]
#[ignore = "a probe, run by unused_templates_are_collected_but_never_a_live_one"]
async fn gc_stale(db: &mut Db) {
    println!("itest-probe={}", db.database_name());
}

#[itest(db = "fresh", migrations = "tests/gc_live_migrations")]
#[ignore = "a probe, run by unused_templates_are_collected_but_never_a_live_one"]
async fn gc_live(db: &mut Db) {
    sqlx::query("INSERT INTO users (email) VALUES ('gc@example.com')")
        .execute(db.conn())
        .await
        .unwrap();
    hold_printing(db).await;
}

async fn hold_printing(db: &mut Db) {
    let run = itest::unique("r");
    println!(
        "itest-probe={} run={}",
        db.database_name(),
        run.split('-').nth(1).unwrap()
    );
    wait_for_release();
}

fn exists(database: &str) -> bool {
    block_on(async {
        let mut admin = outside(&server()).await;
        sqlx::query_scalar("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)")
            .bind(database)
            .fetch_one(&mut admin)
            .await
            .unwrap()
    })
}

fn age_template(template: &str) {
    block_on(execute(
        &server().database("itest_coordination"),
        &format!(
            "UPDATE itest.templates SET last_used = now() - interval '30 days' WHERE name = '{template}'"
        ),
    ));
}

/// What may have kept `template` from being collected, for a failure message.
fn gc_state(template: &str) -> String {
    block_on(async {
        let mut admin = outside(&server()).await;
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT 'session', coalesce(datname::text, ''), backend_type,
                    coalesce(application_name, '')
             FROM pg_stat_activity WHERE starts_with(datname, $1)
             UNION ALL
             SELECT 'advisory lock', mode, objid::text,
                    coalesce((SELECT application_name FROM pg_stat_activity a
                              WHERE a.pid = l.pid), '')
             FROM pg_locks l WHERE locktype = 'advisory'
             UNION ALL
             SELECT 'database', datname::text, datallowconn::text,
                    coalesce(shobj_description(oid, 'pg_database'), '')
             FROM pg_database WHERE starts_with(datname, $1)",
        )
        .bind(template)
        .fetch_all(&mut admin)
        .await
        .unwrap();
        let registry: Vec<(String, f64)> = sqlx::query_as(
            "SELECT role::text, extract(epoch FROM now() - last_used)::float8
             FROM itest.templates WHERE name = $1",
        )
        .bind(template)
        .fetch_all(&mut outside(&server().database("itest_coordination")).await)
        .await
        .unwrap();
        let mut state: Vec<String> = rows
            .into_iter()
            .map(|(what, a, b, c)| format!("{what}: {a} {b} {c}"))
            .collect();
        state.push(format!("registry (role, idle seconds): {registry:?}"));
        state.join("\n")
    })
}

#[test]
fn unused_templates_are_collected_but_never_a_live_one() {
    let url = url_for(server().get_database().unwrap_or("postgres"));
    let stale = template_of(&probe_database(&run_to_end("gc_stale", &url)));
    let live = start_holding("gc_live", &url);
    let live_template = template_of(&live.database);
    age_template(&stale);
    age_template(&live_template);

    // Any run collects: this one uses neither template.
    let collector = run_to_end("hold_fresh", &url);
    assert!(
        !exists(&stale),
        "`{stale}` was unused for 30 days; the collecting run printed:\n{collector}\n\
         the server showed:\n{}",
        gc_state(&stale)
    );
    assert!(
        exists(&live_template),
        "`{live_template}` is in use by a live run"
    );
    assert!(exists(&live.database), "the live run's copy is still there");
    live.finish("the garbage collection ran while it held a copy");
}

#[itest(db = "fresh", migrations = "tests/gc_wait_migrations")]
#[ignore = "a probe, run by a_collection_waits_for_a_run_that_holds_the_template"]
async fn gc_wait(db: &mut Db) {
    println!("itest-probe={}", db.database_name());
}

/// The advisory lock key of `template`'s creation, as every itest process
/// computes it: the first 8 bytes of a SHA-256, big-endian.
const TEMPLATE_LOCK_KEY: &str =
    "('x' || left(encode(sha256(convert_to('itest template ' || $1, 'UTF8')), 'hex'), 16))::bit(64)::bigint";

async fn waiting_for_lock_of(admin: &mut sqlx::PgConnection, template: &str) -> bool {
    sqlx::query_scalar(AssertSqlSafe(format!(
        "SELECT EXISTS (SELECT FROM pg_locks
                        WHERE locktype = 'advisory' AND NOT granted AND objsubid = 1
                          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                          AND ((classid::bigint << 32) | objid::bigint) = {TEMPLATE_LOCK_KEY})"
    )))
    .bind(template)
    .fetch_one(admin)
    .await
    .unwrap()
}

#[test]
fn a_collection_waits_for_a_run_that_holds_the_template() {
    let url = url_for(server().get_database().unwrap_or("postgres"));
    let stale = template_of(&probe_database(&run_to_end("gc_wait", &url)));
    let (waited, output) = block_on(async {
        // Held the way a run creating the template, or collecting it, holds
        // it: in the coordination database (advisory locks are per database).
        let coordination = server().database("itest_coordination");
        let mut holder = outside(&coordination).await;
        sqlx::query(AssertSqlSafe(format!(
            "SELECT pg_advisory_lock({TEMPLATE_LOCK_KEY})"
        )))
        .bind(&stale)
        .execute(&mut holder)
        .await
        .unwrap();
        // Aged only once held: a sweep of another test's run (under nextest,
        // alongside) could otherwise collect it first, and the run below
        // would find nothing to wait for.
        execute(
            &coordination,
            &format!(
                "UPDATE itest.templates SET last_used = now() - interval '30 days' \
                 WHERE name = '{stale}'"
            ),
        )
        .await;
        let collector = command("hold_fresh", &url)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut watcher = outside(&coordination).await;
        let start = Instant::now();
        let mut waited = false;
        while !waited && start.elapsed() < Duration::from_secs(20) {
            tokio::time::sleep(Duration::from_millis(10)).await;
            waited = waiting_for_lock_of(&mut watcher, &stale).await;
        }
        // Released before asserting, so that a failure leaves no one waiting.
        sqlx::Connection::close(holder).await.unwrap();
        let output = tokio::task::spawn_blocking(|| collector.wait_with_output())
            .await
            .unwrap()
            .unwrap();
        (waited, output)
    });
    let printed = text(&output);
    assert!(
        waited,
        "the collecting run did not wait for the lock (`{stale}` exists: {}): {printed}\n{}",
        exists(&stale),
        gc_state(&stale)
    );
    assert!(output.status.success(), "{printed}");
    assert!(
        !exists(&stale),
        "`{stale}` was unused for 30 days and its lock free before the run ended: {printed}\n{}",
        gc_state(&stale)
    );
}

// --- 6. A second role on the same server gets templates of its own.

#[test]
fn a_second_role_on_the_same_server_runs_its_own_templates() {
    let role = "itest_second_role";
    block_on(execute(
        &server(),
        &format!(
            "DO $$ BEGIN
                 IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                     CREATE ROLE {role} LOGIN CREATEDB;
                 END IF;
             END $$"
        ),
    ));
    let options = server();
    let url = format!(
        "postgres://{role}@{}:{}/{}",
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or("postgres")
    );
    // The suite's own role has made these templates already.
    run_to_end(
        "hold_tx",
        &url_for(options.get_database().unwrap_or("postgres")),
    );
    for probe in ["hold_tx", "hold_fresh"] {
        run_to_end(probe, &url);
    }
    // Remove everything of the role, then the role.
    block_on(async {
        let mut admin = outside(&server()).await;
        let owned: Vec<String> = sqlx::query_scalar(
            "SELECT datname::text FROM pg_database
             WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1)",
        )
        .bind(role)
        .fetch_all(&mut admin)
        .await
        .unwrap();
        for database in owned {
            execute(
                &server(),
                &format!("DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"),
            )
            .await;
        }
        execute(
            &server().database("itest_coordination"),
            &format!(
                "DELETE FROM itest.templates WHERE role = '{role}';
                 DELETE FROM itest.runs WHERE role = '{role}'"
            ),
        )
        .await;
        execute(&server(), &format!("DROP ROLE IF EXISTS {role}")).await;
    });
}
