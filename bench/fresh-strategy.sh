#!/usr/bin/env bash
# How PostgreSQL copies a migrated template fastest: CREATE DATABASE ..
# STRATEGY WAL_LOG (the default since 15) against FILE_COPY, and what a
# DROP DATABASE costs, on a private server with fsync on and then off (as
# itest's embedded server runs). Timed inside one psql session (\timing),
# so the client's start-up is not counted.
#
#   bash bench/fresh-strategy.sh [COPIES]     (default 10 of each)
#
# Needs PostgreSQL's server programs (initdb, pg_ctl); run as root, it runs
# them as `postgres`.
set -euo pipefail
cd "$(dirname "$0")"
copies="${1:-10}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
bin="${ITEST_PG_BIN:-$bin}"
dir=$(mktemp -d /tmp/itest-fresh-strategy.XXXXXX)
port=$((20000 + RANDOM % 10000))
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
trap 'as_pg "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
as_pg "$bin/initdb -D $dir/data -A trust" >/dev/null
script="$dir/copies.sql"
{
    echo '\timing on'
    for strategy in WAL_LOG FILE_COPY; do
        for i in $(seq 1 "$copies"); do echo "CREATE DATABASE c_${strategy}_$i TEMPLATE tpl STRATEGY $strategy;"; done
        for i in $(seq 1 "$copies"); do echo "DROP DATABASE c_${strategy}_$i;"; done
    done
} >"$script"
for fsync in on off; do
    as_pg "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c fsync=$fsync -c synchronous_commit=$fsync -c full_page_writes=$fsync' -l $dir/log -w start" >/dev/null
    psql=(psql -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1)
    "${psql[@]}" -c "CREATE DATABASE tpl"
    for file in migrations/*.sql; do "${psql[@]}" -d tpl -f "$file"; done
    "${psql[@]}" -f "$script" | awk '/^Time:/ {print $2}' | python3 -c "
import statistics as st, sys
t = [float(x) for x in sys.stdin]; n = $copies
print(f'fsync=$fsync: WAL_LOG copy {st.median(t[0:n]):.1f} ms, drop {st.median(t[n:2*n]):.1f} ms; '
      f'FILE_COPY copy {st.median(t[2*n:3*n]):.1f} ms, drop {st.median(t[3*n:4*n]):.1f} ms (medians of {n})')"
    as_pg "$bin/pg_ctl -D $dir/data -m fast -w stop" >/dev/null
done
