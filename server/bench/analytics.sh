#!/usr/bin/env bash
# npm run bench:analytics-scales: network analytics (docs/analytics.md) at 10k and 100k actors, each
# on its own throwaway local Neo4j (Bolt on BENCH_BOLT_PORT, 7751 by default, so it may run beside
# the API benchmark): generate the graph, bulk-load it, compute every metric
# (server/bench/analytics.ts), write docs/benchmarks/analytics-<actors>.{json,md}.
# BENCH_SCALES="10000:100000 100000:1000000" (actors:ties) changes the scales.
set -euo pipefail
cd "$(dirname "$0")/../.."
for scale in ${BENCH_SCALES:-10000:100000 100000:1000000}; do
  actors=${scale%%:*}; ties=${scale##*:}
  export PONTE_NEO4J_HOME=.neo4j/bench-analytics-$actors PONTE_NEO4J_BOLT_PORT=${BENCH_BOLT_PORT:-7751} PONTE_NEO4J_HEAP=2g PONTE_NEO4J_PAGECACHE=1g
  unset NEO4J_URI
  rm -rf "$PONTE_NEO4J_HOME"
  [ -d ".data/generated-$actors" ] || npm run -s seeds:generate -- --actors "$actors" --ties "$ties" --seed 1 --out ".data/generated-$actors"
  npm run -s db:start
  trap 'npm run -s db:stop' EXIT
  npm run -s seeds:bulk-load -- ".data/generated-$actors" 2> >(grep -v '^\[#' >&2)
  NODE_OPTIONS=--max-old-space-size=6144 npx tsx server/bench/analytics.ts --label "analytics-$actors"
  npm run -s db:stop
  trap - EXIT
  rm -rf "$PONTE_NEO4J_HOME"
done
