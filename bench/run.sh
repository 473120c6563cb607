#!/usr/bin/env bash
# itest against #[sqlx::test] and the physical limit, side by side in one
# session, alternating suites, several rounds; medians and ratios.
#
#   bench/run.sh [ROUNDS] [url|embedded|-] [postgres|mysql|sqlite]
#
# ROUNDS defaults to 3. `url` (the default) uses ITEST_DATABASE_URL (else the
# machine's server on 127.0.0.1:5432); `embedded` starts itest's own server
# (tuned for tests: fsync off) and runs both suites, and the raw loop, on it,
# over its Unix socket as itest's tests reach it with no URL.
#
# `mysql` runs the MySQL/MariaDB suites instead (`url` only): itest on
# ITEST_MYSQL_URL (else root on 127.0.0.1:3306), #[sqlx::test] on a
# database of the script's own on the same server (itest_bench_sqlx, made
# and dropped here, where sqlx keeps its bookkeeping table). DATABASE_URL is
# set per suite: #[sqlx::test] reads it for PostgreSQL and MySQL alike.
#
# `sqlite` runs the SQLite suites: no server, so `-` (or `url`, the
# default, which means nothing here): `bench/run.sh 3 - sqlite`. Every
# database is a file under target/: #[sqlx::test] makes and migrates one per
# test under bench/target/sqlx/test-dbs/ (it reads no DATABASE_URL for
# SQLite, so none is passed), itest copies its migrated template. What a
# run leaves there is removed at the end.
#
# SUITES="a b .." runs only those suites (and builds only those).
#
# Suites: 100 tests over 12 migrations, each inserting rows and reading them
# back, as #[sqlx::test] and as #[itest] in each strategy, plus 100 empty
# tests (the floor) and the raw BEGIN/ROLLBACK loop (the limit).
set -euo pipefail
cd "$(dirname "$0")"
rounds="${1:-3}"
server="${2:-url}"
database="${3:-postgres}"
# BENCH_OUT=DIR keeps each round's figures (times.tsv, raw.tsv, phases.tsv) there.
out="${BENCH_OUT:-$(mktemp -d)}"
mkdir -p "$out"
rm -f "$out"/{times,raw,phases,compile}.tsv
trap '[ -n "${BENCH_OUT:-}" ] || rm -rf "$out"' EXIT

case "$database:$server" in
    postgres:url | postgres:embedded | mysql:url | sqlite:url | sqlite:-) ;;
    mysql:*) echo "mysql: url only (itest has no embedded MySQL server)" >&2; exit 2 ;;
    sqlite:*) echo "sqlite: no server (give - or url)" >&2; exit 2 ;;
    *) echo "usage: bench/run.sh [ROUNDS] [url|embedded|-] [postgres|mysql|sqlite]" >&2; exit 2 ;;
esac

if [ "$database" = mysql ]; then
    export ITEST_MYSQL_URL="${ITEST_MYSQL_URL:-mysql://root@127.0.0.1:3306/mysql}"
    sqlx_url="${ITEST_MYSQL_URL%/*}/itest_bench_sqlx"
    # The server's client (mariadb or mysql) on ITEST_MYSQL_URL's server.
    mysql_cli() {
        local client args
        client=$(command -v mariadb || command -v mysql)
        mapfile -t args < <(python3 -c '
import sys, urllib.parse as u
url = u.urlsplit(sys.argv[1])
print("--host=" + (url.hostname or "127.0.0.1")); print("--port=" + str(url.port or 3306))
print("--user=" + u.unquote(url.username or "root"))
if url.password: print("--password=" + u.unquote(url.password))' "$ITEST_MYSQL_URL")
        "$client" "${args[@]}" "$@"
    }
    mysql_cli -e "CREATE DATABASE IF NOT EXISTS itest_bench_sqlx"
    trap 'mysql_cli -e "DROP DATABASE IF EXISTS itest_bench_sqlx"; [ -n "${BENCH_OUT:-}" ] || rm -rf "$out"' EXIT
    fsync="innodb_flush_log_at_trx_commit=$(mysql_cli -Nse "SELECT @@innodb_flush_log_at_trx_commit")"
    suites=(sqlx_test_mysql itest_mysql_tx itest_mysql_truncate itest_mysql_fresh empty)
elif [ "$database" = sqlite ]; then
    # What #[sqlx::test] leaves: a folder per binary, and the file of a test
    # that failed.
    sqlx_dbs=target/sqlx/test-dbs
    clean_sqlx_dbs() { rm -rf "$sqlx_dbs/sqlx_test_sqlite"; rmdir -p "$sqlx_dbs" 2>/dev/null || true; }
    clean_sqlx_dbs
    trap 'clean_sqlx_dbs; [ -n "${BENCH_OUT:-}" ] || rm -rf "$out"' EXIT
    # The SQLite every suite links: sqlx's bundled one.
    fsync=$(cargo metadata --format-version 1 -q 2>/dev/null | python3 -c '
import json, os, re, sys
pkg = [p for p in json.load(sys.stdin)["packages"] if p["name"] == "libsqlite3-sys"][0]
h = open(os.path.join(os.path.dirname(pkg["manifest_path"]), "sqlite3", "sqlite3.h")).read()
print(re.search(r"#define SQLITE_VERSION\s+\"([^\"]+)\"", h).group(1))' || echo "?")
    suites=(sqlx_test_sqlite itest_sqlite_tx itest_sqlite_fresh empty)
elif [ "$server" = embedded ]; then
    # itest's own server (fsync off), started by one itest test with no URL
    # and a long idle period; both suites then run against it by URL.
    echo "starting itest's embedded server..." >&2
    (cd .. && env -u ITEST_DATABASE_URL -u DATABASE_URL ITEST_PG_IDLE=1h \
        cargo test -q -p itest --test example creates_user >/dev/null 2>&1)
    state=$(ls ../target/itest/postgres-*/state | head -n 1)
    port=$(cut -d' ' -f1 "$state")
    # Over its Unix socket, as itest reaches it with no URL; all three (the
    # peer, itest and the raw loop) alike. TCP when it has none.
    socket_dir=$(psql -h 127.0.0.1 -p "$port" -U postgres -Atc "SHOW unix_socket_directories" postgres)
    if [ -n "$socket_dir" ] && [ -S "$socket_dir/.s.PGSQL.$port" ]; then
        host=$(python3 -c 'import sys, urllib.parse as u; print(u.quote(sys.argv[1], safe=""))' "$socket_dir")
    else
        host=127.0.0.1
    fi
    export DATABASE_URL="postgres://postgres@$host:$port/postgres"
    export ITEST_DATABASE_URL="$DATABASE_URL"
    trap 'kill -INT "$(cut -d" " -f2 "$state")" 2>/dev/null; [ -n "${BENCH_OUT:-}" ] || rm -rf "$out"' EXIT
else
    export DATABASE_URL="${DATABASE_URL:-${ITEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"
    export ITEST_DATABASE_URL="${ITEST_DATABASE_URL:-$DATABASE_URL}"
fi
if [ "$database" = postgres ]; then
    fsync=$(psql "$DATABASE_URL" -Atc "SHOW fsync" 2>/dev/null || echo "?")
    suites=(sqlx_test itest_tx itest_truncate itest_schema itest_fresh empty)
fi
all_suites=("${suites[@]}")
if [ -n "${SUITES:-}" ]; then read -ra suites <<<"$SUITES"; fi

# The environment a suite runs in: #[sqlx::test] reads DATABASE_URL whatever
# the server, so each suite gets its own.
suite_env() {
    case "$database:$1" in
        mysql:sqlx_test_mysql) echo "DATABASE_URL=$sqlx_url" ;;
        mysql:*) echo "DATABASE_URL=$ITEST_MYSQL_URL" ;;
        sqlite:*) echo "--unset=DATABASE_URL" ;;
        *) echo "DATABASE_URL=$DATABASE_URL" ;;
    esac
}

echo "building the suites..." >&2
build=("${suites[@]}")
mapfile -t test_args < <(printf -- '--test\n%s\n' "${build[@]}")
cargo build --bins "${test_args[@]}" -q
# The compile suites live in compile/, whose itest has default features only.
if [ "$database" = postgres ]; then
    (cd compile && cargo test --no-run -q --test compile_itest --test compile_tokio \
        --test compile_itest_query --test compile_tokio_query 2>/dev/null)
fi
declare -A bin
for suite in "${suites[@]}"; do
    bin[$suite]=$(cargo test --no-run --test "$suite" --message-format=json -q 2>/dev/null |
        python3 -c 'import json,sys; print([m["executable"] for m in map(json.loads, sys.stdin) if m.get("executable") and m["target"]["kind"] == ["test"]][0])')
done
case "$database" in
    postgres) raw_bin="../target/bench/debug/raw" ;;
    *) raw_bin="../target/bench/debug/raw_$database" ;;
esac
has_nextest=0
cargo nextest --version >/dev/null 2>&1 && has_nextest=1

now_ms() { date +%s%3N; }

for round in $(seq 1 "$rounds"); do
    echo "round $round/$rounds" >&2
    for suite in "${suites[@]}"; do
        start=$(now_ms)
        env "$(suite_env "$suite")" ITEST_PHASE_LOG="$out/phases.tsv" "${bin[$suite]}" -q >"$out/last.log" 2>&1 ||
            { cat "$out/last.log"; echo "suite $suite failed" >&2; exit 1; }
        echo -e "cargo test\t$suite\t$(( $(now_ms) - start ))" >>"$out/times.tsv"
        if [ "$database" = sqlite ]; then clean_sqlx_dbs; fi
        if [ "$has_nextest" = 1 ]; then
            start=$(now_ms)
            env "$(suite_env "$suite")" cargo nextest run --cargo-quiet --no-fail-fast --test "$suite" --run-ignored all \
                >"$out/last.log" 2>&1 || { cat "$out/last.log"; exit 1; }
            echo -e "cargo nextest\t$suite\t$(( $(now_ms) - start ))" >>"$out/times.tsv"
            if [ "$database" = sqlite ]; then clean_sqlx_dbs; fi
        fi
    done
    if [ "$database" = mysql ]; then
        echo -e "raw\tBEGIN/ROLLBACK\t$(DATABASE_URL="$ITEST_MYSQL_URL" "$raw_bin")" >>"$out/raw.tsv"
        continue # the build-time comparison is the same code whatever the server
    fi
    if [ "$database" = sqlite ]; then
        echo -e "raw\tBEGIN/ROLLBACK\t$(env -u DATABASE_URL "$raw_bin")" >>"$out/raw.tsv"
        continue # likewise
    fi
    echo -e "raw\tBEGIN/ROLLBACK\t$("$raw_bin")" >>"$out/raw.tsv"
    # Trivial bodies, then one query each (db = "tx" against a test that
    # connects), alternating itest and tokio.
    for kind in itest tokio itest_query tokio_query; do
        touch "compile/tests/compile_$kind.rs"
        start=$(now_ms)
        (cd compile && cargo test --no-run --test "compile_$kind" -q 2>/dev/null)
        echo -e "$kind\t$(( $(now_ms) - start ))" >>"$out/compile.tsv"
    done
done

python3 - "$out" "$server" "$fsync" "$database" "${all_suites[*]}" <<'PY'
import statistics as st, sys, collections, os
out, server, fsync, database, suites = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5].split()
peer, prefix = {"postgres": ("sqlx_test", "itest_"), "mysql": ("sqlx_test_mysql", "itest_mysql_"),
                "sqlite": ("sqlx_test_sqlite", "itest_sqlite_")}[database]
if database == "postgres":
    print(f"Server: {server} (fsync={fsync}). ", end="")
elif database == "sqlite":
    print(f"SQLite {fsync}, files under target/. ", end="")
else:
    print(f"Server: MySQL/MariaDB, {server} ({fsync}). ", end="")
times = collections.defaultdict(list)
for line in open(f"{out}/times.tsv"):
    runner, suite, ms = line.split("\t"); times[(runner, suite)].append(float(ms))
raw = st.median(float(l.split("\t")[2]) for l in open(f"{out}/raw.tsv")) / 1000
print(f"Per test, median of {max(len(v) for v in times.values())} rounds (100 tests per suite, wall time of the suite / 100):\n")
print("| suite | cargo test ms/test | vs sqlx::test | cargo nextest ms/test | vs sqlx::test | nextest, above empty |")
print("|---|---|---|---|---|---|")
for suite in suites:
    row = [suite]
    for runner in ["cargo test", "cargo nextest"]:
        if not times[(runner, suite)]:
            row += ["-", "-"]; continue
        per = st.median(times[(runner, suite)]) / 100
        if suite == peer:
            row += [f"{per:.2f}", "1x"]
        elif times[(runner, peer)]:
            base = st.median(times[(runner, peer)]) / 100
            row += [f"{per:.2f}", f"{base / per:.1f}x faster"]
        else:
            row += [f"{per:.2f}", "-"]
    if times[("cargo nextest", suite)] and times[("cargo nextest", "empty")]:
        above = (st.median(times[("cargo nextest", suite)]) - st.median(times[("cargo nextest", "empty")])) / 100
        row.append(f"{above:.2f}")
    else:
        row.append("-")
    print("| " + " | ".join(row) + " |")
if times[("cargo test", prefix + "tx")]:
    tx = st.median(times[("cargo test", prefix + "tx")]) / 100
    print(f"\nRaw limit (BEGIN, the same body, ROLLBACK on one held connection): {raw:.2f} ms/test; itest tx / raw = {tx / raw:.2f}")
else:
    print(f"\nRaw limit (BEGIN, the same body, ROLLBACK on one held connection): {raw:.2f} ms/test")
phases = collections.defaultdict(list)
if os.path.exists(f"{out}/phases.tsv"):
    for line in open(f"{out}/phases.tsv"):
        test, strategy, phase, us = line.rstrip("\n").split("\t"); phases[(strategy, phase)].append(int(us))
if phases:
    print("\nitest per-phase medians under cargo test, microseconds (ITEST_PHASE_LOG):\n")
    names = sorted({p for (_, p) in phases})
    print("| strategy | " + " | ".join(names) + " |"); print("|---" * (len(names) + 1) + "|")
for strategy in [s[len(prefix):] for s in suites if s.startswith(prefix)] if phases else []:
    print(f"| {strategy} | " + " | ".join(str(int(st.median(phases[(strategy, p)]))) if phases[(strategy, p)] else "-" for p in names) + " |")
if os.path.exists(f"{out}/compile.tsv"):
    comp = collections.defaultdict(list)
    for line in open(f"{out}/compile.tsv"):
        kind, ms = line.split("\t"); comp[kind].append(float(ms))
    i, t = st.median(comp["itest"]), st.median(comp["tokio"])
    print(f"\nBuild of 500 tests after a touch: #[itest] {i/1000:.1f} s, #[tokio::test] {t/1000:.1f} s, ratio {i/t:.2f}")
    if comp["itest_query"] and comp["tokio_query"]:
        i, t = st.median(comp["itest_query"]), st.median(comp["tokio_query"])
        print(f"The same, one query each: #[itest(db = \"tx\")] {i/1000:.1f} s, #[tokio::test] that connects {t/1000:.1f} s, ratio {i/t:.2f}")
PY
