#!/usr/bin/env bash
# itest against #[sqlx::test] and the physical limit, side by side in one
# session, alternating suites, several rounds; medians and ratios.
#
#   bench/run.sh [ROUNDS] [url|embedded]
#
# ROUNDS defaults to 3. `url` (the default) uses ITEST_DATABASE_URL (else the
# machine's server on 127.0.0.1:5432); `embedded` starts itest's own server
# (tuned for tests: fsync off) and runs both suites on it.
#
# Suites: 100 tests over 12 migrations, each inserting rows and reading them
# back, as #[sqlx::test] and as #[itest] in each strategy, plus 100 empty
# tests (the floor) and the raw BEGIN/ROLLBACK loop (the limit).
set -euo pipefail
cd "$(dirname "$0")"
rounds="${1:-3}"
server="${2:-url}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if [ "$server" = embedded ]; then
    # itest's own server (fsync off), started by one itest test with no URL
    # and a long idle period; both suites then run against it by URL.
    echo "starting itest's embedded server..." >&2
    (cd .. && env -u ITEST_DATABASE_URL -u DATABASE_URL ITEST_PG_IDLE=1h \
        cargo test -q -p itest --test example creates_user >/dev/null 2>&1)
    state=$(ls ../target/itest/postgres-*/state | head -n 1)
    export DATABASE_URL="postgres://postgres@127.0.0.1:$(cut -d' ' -f1 "$state")/postgres"
    export ITEST_DATABASE_URL="$DATABASE_URL"
    trap 'kill -INT "$(cut -d" " -f2 "$state")" 2>/dev/null; rm -rf "$out"' EXIT
else
    export DATABASE_URL="${DATABASE_URL:-${ITEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"
    export ITEST_DATABASE_URL="${ITEST_DATABASE_URL:-$DATABASE_URL}"
fi
fsync=$(psql "$DATABASE_URL" -Atc "SHOW fsync" 2>/dev/null || echo "?")
suites=(sqlx_test itest_tx itest_truncate itest_schema itest_fresh empty)

echo "building the suites..." >&2
cargo build --tests --bins -q
declare -A bin
for suite in "${suites[@]}"; do
    bin[$suite]=$(cargo test --no-run --test "$suite" --message-format=json -q 2>/dev/null |
        python3 -c 'import json,sys; print([m["executable"] for m in map(json.loads, sys.stdin) if m.get("executable") and m["target"]["kind"] == ["test"]][0])')
done
raw_bin="../target/bench/debug/raw"
has_nextest=0
cargo nextest --version >/dev/null 2>&1 && has_nextest=1

now_ms() { date +%s%3N; }

for round in $(seq 1 "$rounds"); do
    echo "round $round/$rounds" >&2
    for suite in "${suites[@]}"; do
        start=$(now_ms)
        ITEST_PHASE_LOG="$out/phases.tsv" "${bin[$suite]}" -q >"$out/last.log" 2>&1 ||
            { cat "$out/last.log"; echo "suite $suite failed" >&2; exit 1; }
        echo -e "cargo test\t$suite\t$(( $(now_ms) - start ))" >>"$out/times.tsv"
        if [ "$has_nextest" = 1 ]; then
            start=$(now_ms)
            cargo nextest run --cargo-quiet --no-fail-fast --test "$suite" --run-ignored all \
                >"$out/last.log" 2>&1 || { cat "$out/last.log"; exit 1; }
            echo -e "cargo nextest\t$suite\t$(( $(now_ms) - start ))" >>"$out/times.tsv"
        fi
    done
    echo -e "raw\tBEGIN/ROLLBACK\t$("$raw_bin")" >>"$out/raw.tsv"
    for kind in itest tokio; do
        touch "tests/compile_$kind.rs"
        start=$(now_ms)
        cargo test --no-run --test "compile_$kind" -q 2>/dev/null
        echo -e "$kind\t$(( $(now_ms) - start ))" >>"$out/compile.tsv"
    done
done

python3 - "$out" "$server" "$fsync" <<'PY'
import statistics as st, sys, collections, os
out, server, fsync = sys.argv[1], sys.argv[2], sys.argv[3]
print(f"Server: {server} (fsync={fsync}). ", end="")
times = collections.defaultdict(list)
for line in open(f"{out}/times.tsv"):
    runner, suite, ms = line.split("\t"); times[(runner, suite)].append(float(ms))
raw = st.median(float(l.split("\t")[2]) for l in open(f"{out}/raw.tsv")) / 1000
print(f"Per test, median of {len(times[('cargo test','empty')])} rounds (100 tests per suite, wall time of the suite / 100):\n")
print("| suite | cargo test ms/test | vs sqlx::test | cargo nextest ms/test | vs sqlx::test | nextest, above empty |")
print("|---|---|---|---|---|---|")
for suite in ["sqlx_test", "itest_tx", "itest_truncate", "itest_schema", "itest_fresh", "empty"]:
    row = [suite]
    for runner in ["cargo test", "cargo nextest"]:
        if not times[(runner, suite)]:
            row += ["-", "-"]; continue
        per = st.median(times[(runner, suite)]) / 100
        base = st.median(times[(runner, "sqlx_test")]) / 100
        row += [f"{per:.2f}", f"{base / per:.1f}x faster" if suite != "sqlx_test" else "1x"]
    if times[("cargo nextest", suite)]:
        above = (st.median(times[("cargo nextest", suite)]) - st.median(times[("cargo nextest", "empty")])) / 100
        row.append(f"{above:.2f}")
    else:
        row.append("-")
    print("| " + " | ".join(row) + " |")
tx = st.median(times[("cargo test", "itest_tx")]) / 100
print(f"\nRaw limit (BEGIN, the same body, ROLLBACK on one held connection): {raw:.2f} ms/test; itest tx / raw = {tx / raw:.2f}")
phases = collections.defaultdict(list)
if os.path.exists(f"{out}/phases.tsv"):
    for line in open(f"{out}/phases.tsv"):
        test, strategy, phase, us = line.rstrip("\n").split("\t"); phases[(strategy, phase)].append(int(us))
print("\nitest per-phase medians under cargo test, microseconds (ITEST_PHASE_LOG):\n")
names = sorted({p for (_, p) in phases})
print("| strategy | " + " | ".join(names) + " |"); print("|---" * (len(names) + 1) + "|")
for strategy in ["tx", "truncate", "schema", "fresh"]:
    print(f"| {strategy} | " + " | ".join(str(int(st.median(phases[(strategy, p)]))) if phases[(strategy, p)] else "-" for p in names) + " |")
comp = collections.defaultdict(list)
for line in open(f"{out}/compile.tsv"):
    kind, ms = line.split("\t"); comp[kind].append(float(ms))
i, t = st.median(comp["itest"]), st.median(comp["tokio"])
print(f"\nBuild of 500 tests after a touch: #[itest] {i/1000:.1f} s, #[tokio::test] {t/1000:.1f} s, ratio {i/t:.2f}")
PY
