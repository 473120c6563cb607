#!/usr/bin/env bash
# The build-time comparison alone (no server needed): a rebuild of each
# compile suite after a touch, alternating #[itest] and #[tokio::test],
# several rounds; medians and ratios. bench/run.sh times the same builds.
#
#   bench/compile.sh [ROUNDS]
#
# ROUNDS defaults to 5. The suites are written by bench/gen-compile.py.
set -euo pipefail
cd "$(dirname "$0")"
rounds="${1:-5}"
kinds=(itest tokio itest_query tokio_query)
mapfile -t test_args < <(printf -- '--test\ncompile_%s\n' "${kinds[@]}")
cargo test --no-run "${test_args[@]}" -q 2>/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
now_ms() { date +%s%3N; }
for round in $(seq 1 "$rounds"); do
    echo "round $round/$rounds" >&2
    for kind in "${kinds[@]}"; do
        touch "tests/compile_$kind.rs"
        start=$(now_ms)
        cargo test --no-run --test "compile_$kind" -q 2>/dev/null
        echo -e "$kind\t$(( $(now_ms) - start ))" >>"$out"
    done
done
python3 - "$out" <<'PY'
import statistics as st, sys, collections
comp = collections.defaultdict(list)
for line in open(sys.argv[1]):
    kind, ms = line.split("\t"); comp[kind].append(float(ms) / 1000)
for a, b, what in [("itest", "tokio", "trivial bodies"), ("itest_query", "tokio_query", "one query each")]:
    i, t = st.median(comp[a]), st.median(comp[b])
    ratios = [x / y for x, y in zip(comp[a], comp[b])]
    print(f"{what}: #[itest] {i:.2f} s {[round(x, 2) for x in comp[a]]}, "
          f"#[tokio::test] {t:.2f} s {[round(x, 2) for x in comp[b]]}; "
          f"ratio of medians {i/t:.2f}, per round {[round(r, 2) for r in ratios]}")
PY
