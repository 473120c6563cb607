#!/usr/bin/env bash
# Time to the first test on itest's embedded server, per process:
#   cold: no cache (initdb, start, create and migrate the test database);
#   warm: cache, server down (start it);
#   hot:  server up (attach to it), as every process of a run but the first;
#   url:  the same, with the running server given as ITEST_DATABASE_URL.
# Each figure is the median of RUNS runs of a test binary that runs one test
# (`tests/example.rs`, `creates_user`): process start to exit, test included.
#
#   bash bench/embedded.sh            # RUNS=10 by default
#   RUNS=30 bash bench/embedded.sh
#
# It uses a private ITEST_PG_DIR and stops its server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-10}"
# Under /tmp: the server's user (postgres or nobody, when run as root) must reach it.
dir="$(mktemp -d /tmp/itest-bench.XXXXXX)"
chmod 755 "$dir"

# Stops the server (SIGINT: fast shutdown) and waits until its supervisor is gone.
stop() {
    local state lock
    for state in "$dir"/postgres-*/state; do
        if [ -f "$state" ]; then kill -INT "$(cut -d' ' -f2 "$state")" 2>/dev/null || true; fi
    done
    for lock in "$dir"/postgres-*/supervisor.lock; do
        if [ -f "$lock" ]; then flock --shared "$lock" true; fi
    done
}
trap 'stop; rm -rf "$dir"' EXIT

bin=$(cargo test -p itest --test example --no-run --message-format=json 2>/dev/null \
    | grep -o '"executable":"[^"]*"' | tail -1 | cut -d'"' -f4)
[ -x "$bin" ] || { echo "could not build tests/example.rs" >&2; exit 1; }

run_test() {
    env -u ITEST_DATABASE_URL -u DATABASE_URL ITEST_PG_DIR="$dir" ITEST_PG_IDLE=10m \
        "$bin" creates_user --exact --quiet >/dev/null
}

# For comparison: the same test given the running embedded server as a URL,
# which skips finding and attaching to it (the rest is itest's per-process
# set-up: runtime, connections, template check).
run_test_with_url() {
    local port
    port=$(cut -d' ' -f1 "$dir"/postgres-*/state)
    ITEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" \
        "$bin" creates_user --exact --quiet >/dev/null
}

# Runs `prepare` (untimed) then one timed `test`, RUNS times; prints the median.
measure() {
    local name=$1 prepare=$2 test=${3:-run_test} times=() start end i
    for ((i = 0; i < runs; i++)); do
        $prepare
        start=$(date +%s%N)
        $test
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '
        { t[NR] = $1 }
        END {
            median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%-4s median %8.1f ms   (min %.1f, max %.1f, %d runs)\n",
                name, median / 1000, t[1] / 1000, t[NR] / 1000, NR
        }'
}

wipe() { stop; rm -rf "${dir:?}"/*; }
nothing() { :; }

echo "$(nproc) cores, $(uname -sr), $(basename "$bin")"
measure cold wipe
measure warm stop
run_test # make sure it is up
measure hot nothing
measure url nothing run_test_with_url
