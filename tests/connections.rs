//! One set of connections per test binary: hundreds of tests reuse a few
//! leased connections instead of opening one each.

use itest::prelude::*;

/// Far below the number of tests here: a connection per test would exceed it.
const BOUND: i64 = 16;

macro_rules! burst {
    ($($name:ident)*) => {$(
        #[itest(db = "tx", migrations = "tests/migrations")]
        async fn $name(db: &mut Db) {
            // This process's sessions (their application name carries its run
            // id): under nextest, other processes' leases are there too.
            let unique = itest::unique("r");
            let run = unique.split('-').nth(1).expect("unique values name their run");
            let connections: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND application_name LIKE 'itest-' || $1 || '-%'",
            )
            .bind(run)
            .fetch_one(db.conn())
            .await
            .unwrap();
            assert!(connections >= 1, "this test's own connection is missing");
            assert!(connections <= BOUND, "{connections} connections are open");
        }
    )*};
}

burst!(
    burst_000 burst_001 burst_002 burst_003 burst_004 burst_005 burst_006 burst_007
    burst_008 burst_009 burst_010 burst_011 burst_012 burst_013 burst_014 burst_015
    burst_016 burst_017 burst_018 burst_019 burst_020 burst_021 burst_022 burst_023
    burst_024 burst_025 burst_026 burst_027 burst_028 burst_029 burst_030 burst_031
    burst_032 burst_033 burst_034 burst_035 burst_036 burst_037 burst_038 burst_039
    burst_040 burst_041 burst_042 burst_043 burst_044 burst_045 burst_046 burst_047
    burst_048 burst_049 burst_050 burst_051 burst_052 burst_053 burst_054 burst_055
    burst_056 burst_057 burst_058 burst_059 burst_060 burst_061 burst_062 burst_063
    burst_064 burst_065 burst_066 burst_067 burst_068 burst_069 burst_070 burst_071
    burst_072 burst_073 burst_074 burst_075 burst_076 burst_077 burst_078 burst_079
    burst_080 burst_081 burst_082 burst_083 burst_084 burst_085 burst_086 burst_087
    burst_088 burst_089 burst_090 burst_091 burst_092 burst_093 burst_094 burst_095
    burst_096 burst_097 burst_098 burst_099 burst_100 burst_101 burst_102 burst_103
    burst_104 burst_105 burst_106 burst_107 burst_108 burst_109 burst_110 burst_111
    burst_112 burst_113 burst_114 burst_115 burst_116 burst_117 burst_118 burst_119
    burst_120 burst_121 burst_122 burst_123 burst_124 burst_125 burst_126 burst_127
    burst_128 burst_129 burst_130 burst_131 burst_132 burst_133 burst_134 burst_135
    burst_136 burst_137 burst_138 burst_139 burst_140 burst_141 burst_142 burst_143
    burst_144 burst_145 burst_146 burst_147 burst_148 burst_149 burst_150 burst_151
    burst_152 burst_153 burst_154 burst_155 burst_156 burst_157 burst_158 burst_159
    burst_160 burst_161 burst_162 burst_163 burst_164 burst_165 burst_166 burst_167
    burst_168 burst_169 burst_170 burst_171 burst_172 burst_173 burst_174 burst_175
    burst_176 burst_177 burst_178 burst_179 burst_180 burst_181 burst_182 burst_183
    burst_184 burst_185 burst_186 burst_187 burst_188 burst_189 burst_190 burst_191
    burst_192 burst_193 burst_194 burst_195 burst_196 burst_197 burst_198 burst_199
);

/// This process's sessions on the whole server, printed for the tests below.
#[itest(db = "tx", migrations = "tests/migrations")]
#[ignore = "a probe, run by a_later_tx_process_of_a_run_opens_one_session"]
async fn sessions_probe(db: &mut Db) {
    print_sessions(db).await;
}

#[itest(db = "fresh", migrations = "tests/migrations")]
#[ignore = "a probe, run by a_later_fresh_process_of_a_run_opens_two_sessions"]
async fn fresh_sessions_probe(db: &mut Db) {
    print_sessions(db).await;
}

async fn print_sessions(db: &mut Db) {
    let unique = itest::unique("r");
    let run = unique
        .split('-')
        .nth(1)
        .expect("unique values name their run");
    let sessions: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'itest-' || $1 || '-%'",
    )
    .bind(run)
    .fetch_one(db.conn())
    .await
    .unwrap();
    println!("sessions={sessions}");
}

/// Under nextest (a process per test), the run's first tx process looks up
/// the template; a later one opens its first lease and no other session:
/// no probe, no admin session. Both children share this process as their
/// run, as nextest's processes share nextest.
#[test]
fn a_later_tx_process_of_a_run_opens_one_session() {
    let sessions = || sessions_of("sessions_probe");
    sessions(); // the run's first: it looks the template up
    assert_eq!(
        sessions(),
        1,
        "a later process opened more than its first lease"
    );
}

/// A later fresh process of a run: the run keeper's session (the probe's
/// once, and the admin's too) and the test's, which the check after the
/// test uses as well. No sweep (the run's first process swept), no admin
/// session, no cleaner of its own.
#[test]
fn a_later_fresh_process_of_a_run_opens_two_sessions() {
    let sessions = || sessions_of("fresh_sessions_probe");
    sessions(); // the run's first: it sweeps
    assert_eq!(
        sessions(),
        2,
        "a later process opened more than the keeper's session and the test's"
    );
}

/// The sessions `probe` counted, run as a later process of a nextest run:
/// a process per test, sharing this process as its run. With the server's
/// slots free: a process that finds them taken waits for them holding no
/// session, then opens what a run's first process opens
/// (`.ci/connection-budget` leaves these tests out for that).
fn sessions_of(probe: &str) -> i64 {
    {
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args([probe, "--exact", "--include-ignored", "--nocapture"])
            .env("ITEST_REPORT", "off")
            .env("NEXTEST_RUN_ID", "itest-connections")
            .env("NEXTEST_EXECUTION_MODE", "process-per-test")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        stdout
            .lines()
            .find_map(|line| line.strip_prefix("sessions="))
            .and_then(|n| n.parse::<i64>().ok())
            .unwrap_or_else(|| panic!("no count in {stdout}"))
    }
}

macro_rules! goodbye_probes {
    ($($strategy:literal: $($name:ident)*;)*) => {$($(
        #[itest(db = $strategy, migrations = "tests/goodbye_migrations")]
        #[ignore = "a probe, run by every_session_of_a_run_says_goodbye"]
        async fn $name(db: &mut Db) {
            sqlx::query("INSERT INTO notes (body) VALUES ('hello')")
                .execute(db.conn())
                .await
                .unwrap();
            println!("database={}", db.database_name());
        }
    )*)*};
}

// Eight of each, so that a process checks several tests' sessions after
// them, two at a time, as a suite's would be.
goodbye_probes!(
    "tx": goodbye_tx_0 goodbye_tx_1 goodbye_tx_2 goodbye_tx_3
          goodbye_tx_4 goodbye_tx_5 goodbye_tx_6 goodbye_tx_7;
    "truncate": goodbye_truncate_0 goodbye_truncate_1 goodbye_truncate_2 goodbye_truncate_3
                goodbye_truncate_4 goodbye_truncate_5 goodbye_truncate_6 goodbye_truncate_7;
    "schema": goodbye_schema_0 goodbye_schema_1 goodbye_schema_2 goodbye_schema_3
              goodbye_schema_4 goodbye_schema_5 goodbye_schema_6 goodbye_schema_7;
    "fresh": goodbye_fresh_0 goodbye_fresh_1 goodbye_fresh_2 goodbye_fresh_3
             goodbye_fresh_4 goodbye_fresh_5 goodbye_fresh_6 goodbye_fresh_7;
);

/// A run closes its sessions the way a client should: none is ended by
/// itest (`pg_terminate_backend` while it was closing on its own logs a
/// FATAL), and none is dropped with an answer unread (the server logs
/// "could not receive data from client: Connection reset by peer": a tx
/// lease whose last rollback was sent without waiting). The server counts
/// both per database: `pg_stat_database`'s sessions_killed and
/// sessions_abandoned, over this test's own template and its copies.
#[test]
fn every_session_of_a_run_says_goodbye() {
    // A cargo test process runs a strategy's eight probes; a nextest one, one.
    let run = |probes: &str, per_test: bool| -> String {
        let mut command = std::process::Command::new(std::env::current_exe().unwrap());
        let (filter, exact) = match per_test {
            true => (format!("{probes}0"), "--exact"),
            false => (probes.to_owned(), "--test-threads=2"),
        };
        command
            .args([filter.as_str(), exact, "--include-ignored", "--nocapture"])
            .env("ITEST_REPORT", "off")
            .env_remove("NEXTEST_RUN_ID")
            .env_remove("NEXTEST_EXECUTION_MODE");
        if per_test {
            command
                .env("NEXTEST_RUN_ID", itest::unique("goodbye"))
                .env("NEXTEST_EXECUTION_MODE", "process-per-test");
        }
        let output = command.output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        stdout
            .lines()
            .find_map(|line| line.strip_prefix("database="))
            .unwrap_or_else(|| panic!("no database in {stdout}"))
            .to_owned()
    };
    let server = itest::server_connect_options().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // Ended or dropped sessions so far, once the family's sessions are gone.
    let ungraceful = |family: &str| -> i64 {
        runtime.block_on(async {
            use sqlx::Connection;
            let mut conn = sqlx::PgConnection::connect_with(&server).await.unwrap();
            let pattern = format!("{}%", family.replace('_', "\\_"));
            for _ in 0..500 {
                let open: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname LIKE $1",
                )
                .bind(&pattern)
                .fetch_one(&mut conn)
                .await
                .unwrap();
                if open == 0 {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
            sqlx::query_scalar(
                "SELECT coalesce(sum(sessions_killed + sessions_abandoned), 0)::bigint
                 FROM pg_stat_database WHERE datname LIKE $1",
            )
            .bind(&pattern)
            .fetch_one(&mut conn)
            .await
            .unwrap()
        })
    };
    for probe in [
        "goodbye_tx_",
        "goodbye_truncate_",
        "goodbye_schema_",
        "goodbye_fresh_",
    ] {
        // The first run makes the template and its copies, and names them.
        let database = run(probe, false);
        let family = database.split('_').take(2).collect::<Vec<_>>().join("_");
        assert!(family.starts_with("itest_"), "{database}");
        // Each run once the last one's sessions are gone: a run's sweep ends
        // the sessions of runs that have ended, and would count here.
        let before = ungraceful(&family);
        run(probe, false);
        ungraceful(&family);
        run(probe, true);
        ungraceful(&family);
        run(probe, true);
        let after = ungraceful(&family);
        assert_eq!(
            after - before,
            0,
            "{probe}: sessions in {family}* were ended or dropped instead of closed"
        );
    }
}
