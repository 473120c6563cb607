#!/usr/bin/env bash
# What the run report costs: the tx suite (100 tests) with the report on and
# off (ITEST_REPORT=off), alternating in one session; medians and the ratio.
#
#   bench/report-cost.sh [ROUNDS]
#
# Each run is one process of the suite's test binary: a run that writes its
# log line per test and the report at exit, against one that writes nothing.
set -euo pipefail
cd "$(dirname "$0")"
rounds="${1:-15}"
export ITEST_DATABASE_URL="${ITEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --tests -q --release
bin=$(cargo test --release --no-run --test itest_tx --message-format=json -q 2>/dev/null |
    python3 -c 'import json,sys; print([m["executable"] for m in map(json.loads, sys.stdin) if m.get("executable") and m["target"]["kind"] == ["test"]][0])')
"$bin" -q >/dev/null 2>&1 # templates made, caches warm
now_us() { date +%s%6N; }
for round in $(seq 1 "$rounds"); do
    for mode in off on; do
        start=$(now_us)
        if [ "$mode" = off ]; then
            NEXTEST_RUN_ID="bench-$round" ITEST_REPORT=off "$bin" -q >/dev/null 2>&1
        else
            # A run of its own each time, as each `cargo test` is.
            NEXTEST_RUN_ID="bench-$round" ITEST_REPORT="$out/report" "$bin" -q >/dev/null 2>&1
        fi
        echo -e "$mode\t$(( $(now_us) - start ))" >>"$out/times.tsv"
    done
done
# nextest: a process per test, each writing the report at its exit.
if cargo nextest --version >/dev/null 2>&1; then
    for round in $(seq 1 "$(( (rounds + 2) / 3 ))"); do
        for mode in off on; do
            start=$(now_us)
            if [ "$mode" = off ]; then
                ITEST_REPORT=off cargo nextest run --release --cargo-quiet --test itest_tx --run-ignored all >/dev/null 2>&1
            else
                ITEST_REPORT="$out/report" cargo nextest run --release --cargo-quiet --test itest_tx --run-ignored all >/dev/null 2>&1
            fi
            echo -e "nextest-$mode\t$(( $(now_us) - start ))" >>"$out/times.tsv"
        done
    done
fi
python3 - "$out/times.tsv" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    mode, us = line.split()
    times.setdefault(mode, []).append(int(us) / 1000)
for runner, prefix in [("cargo test", ""), ("nextest", "nextest-")]:
    if prefix + "off" not in times:
        continue
    off, on = statistics.median(times[prefix + "off"]), statistics.median(times[prefix + "on"])
    print(f"{runner}: tx suite, 100 tests, {len(times[prefix + 'off'])} rounds, medians: report off "
          f"{off:.1f} ms, on {on:.1f} ms; on/off = {on / off:.3f} ({(on - off) / 100 * 1000:+.0f} us per test)")
PY
