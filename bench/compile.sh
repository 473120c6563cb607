#!/usr/bin/env bash
# The build-time comparison alone (no server needed): a rebuild of each
# compile suite after a touch, alternating #[itest] and #[tokio::test],
# several rounds; medians and ratios of wall time and of CPU time (user +
# system of cargo and every rustc and linker it waits for).
#
#   bench/compile.sh [ROUNDS] [PROFILE,PROFILE..]
#
# ROUNDS defaults to 5, PROFILE to dev. bench/compile/Cargo.toml defines the
# others, each with settings a user may put in their own Cargo.toml
# (deps-line-tables, itest-line-tables, split-debuginfo, macros-opt);
# several profiles are measured in turn within each round, so that they
# share the machine's load. The suites are written by bench/gen-compile.py into bench/compile/,
# a workspace of its own whose itest has its default features only and is
# built as from crates.io (without incremental compilation), as a PostgreSQL
# user builds it. bench/run.sh times the same builds.
set -euo pipefail
cd "$(dirname "$0")/compile"
rounds="${1:-5}"
IFS=, read -ra profiles <<<"${2:-dev}"
kinds=(itest tokio itest_query tokio_query)
mapfile -t test_args < <(printf -- '--test\ncompile_%s\n' "${kinds[@]}")
for profile in "${profiles[@]}"; do
    cargo test --profile "$profile" --no-run "${test_args[@]}" -q 2>/dev/null
done
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for round in $(seq 1 "$rounds"); do
    echo "round $round/$rounds" >&2
    for profile in "${profiles[@]}"; do
        for kind in "${kinds[@]}"; do
            touch "tests/compile_$kind.rs"
            # wall, then CPU seconds of cargo and its children
            python3 - "$kind" "$profile" >>"$out" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(["cargo", "test", "--profile", sys.argv[2], "--no-run",
                "--test", f"compile_{sys.argv[1]}", "-q"], check=True, stderr=subprocess.DEVNULL)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{sys.argv[2]}\t{sys.argv[1]}\t{wall}\t{usage.ru_utime + usage.ru_stime}")
PY
        done
    done
done
python3 - "$out" "${profiles[@]}" <<'PY'
import statistics as st, sys, collections
wall, cpu = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    profile, kind, w, c = line.split("\t")
    wall[profile, kind].append(float(w)); cpu[profile, kind].append(float(c))
for profile in sys.argv[2:]:
    print(f"profile {profile}:")
    for a, b, what in [("itest", "tokio", "trivial bodies"), ("itest_query", "tokio_query", "one query each")]:
        for times, unit in [(wall, "wall"), (cpu, "CPU")]:
            x, y = times[profile, a], times[profile, b]
            i, t = st.median(x), st.median(y)
            ratios = [p / q for p, q in zip(x, y)]
            print(f"  {what}, {unit}: #[itest] {i:.2f} s, #[tokio::test] {t:.2f} s; "
                  f"ratio of medians {i/t:.2f}, median of per-round ratios {st.median(ratios):.2f} "
                  f"{[round(r, 2) for r in ratios]}")
PY
