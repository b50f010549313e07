#!/bin/bash
# Runs the Tasklist page (list + count) RUNS times through psql and prints p50/p95/max in ms.
# Connection from PGHOST/PGPORT/PGUSER/PGDATABASE, session settings from PGOPTIONS, e.g.
#   PGOPTIONS='-c plan_cache_mode=force_custom_plan -c jit=off -c random_page_cost=1.1' ./measure.sh 20 [list.sql count.sql]
set -euo pipefail
cd "$(dirname "$0")"
runs=$1 list=${2:-list.sql} count=${3:-count.sql}
for _ in $(seq "$runs"); do
  { echo '\timing on'; cat "$list" "$count"; } | psql -X -q | awk '/^Time:/ {sum += $2} END {print sum}'
done | sort -n | awk '{t[NR] = $1} END {printf "runs=%d p50=%.1f ms p95=%.1f ms max=%.1f ms\n",
  NR, t[int((NR + 1) / 2)], t[int((NR * 95 + 99) / 100)], t[NR]}'
