#!/usr/bin/env bash
# The build-time comparison alone (no server needed): a rebuild of each
# compile suite after a touch, alternating #[itest] and #[tokio::test],
# several rounds; medians and ratios of wall time and of CPU time (user +
# system of cargo and every rustc and linker it waits for).
#
#   bench/compile.sh [ROUNDS]
#
# ROUNDS defaults to 5. The suites are written by bench/gen-compile.py into
# bench/compile/, a workspace of its own whose itest has its default
# features only, as a PostgreSQL user builds it. bench/run.sh times the same
# builds.
set -euo pipefail
cd "$(dirname "$0")/compile"
rounds="${1:-5}"
kinds=(itest tokio itest_query tokio_query)
mapfile -t test_args < <(printf -- '--test\ncompile_%s\n' "${kinds[@]}")
cargo test --no-run "${test_args[@]}" -q 2>/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for round in $(seq 1 "$rounds"); do
    echo "round $round/$rounds" >&2
    for kind in "${kinds[@]}"; do
        touch "tests/compile_$kind.rs"
        # wall, then CPU seconds of cargo and its children
        python3 - "$kind" >>"$out" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(["cargo", "test", "--no-run", "--test", f"compile_{sys.argv[1]}", "-q"],
               check=True, stderr=subprocess.DEVNULL)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{sys.argv[1]}\t{wall}\t{usage.ru_utime + usage.ru_stime}")
PY
    done
done
python3 - "$out" <<'PY'
import statistics as st, sys, collections
wall, cpu = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    kind, w, c = line.split("\t"); wall[kind].append(float(w)); cpu[kind].append(float(c))
for a, b, what in [("itest", "tokio", "trivial bodies"), ("itest_query", "tokio_query", "one query each")]:
    for times, unit in [(wall, "wall"), (cpu, "CPU")]:
        i, t = st.median(times[a]), st.median(times[b])
        ratios = [x / y for x, y in zip(times[a], times[b])]
        print(f"{what}, {unit}: #[itest] {i:.2f} s {[round(x, 2) for x in times[a]]}, "
              f"#[tokio::test] {t:.2f} s {[round(x, 2) for x in times[b]]}; "
              f"ratio of medians {i/t:.2f}, per round {[round(r, 2) for r in ratios]}")
PY
