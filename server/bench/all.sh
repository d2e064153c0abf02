#!/usr/bin/env bash
# npm run bench: the API benchmark at two scales (growth), each on its own throwaway local Neo4j
# (2 GB heap, 1 GB page cache, Bolt on 7711): generate the graph, bulk-load it (printing the ingest
# rate), measure every operation next to plain Cypher and { __typename }, write
# docs/benchmarks/api-<actors>.{md,json}. Then the ingest baseline on the largest graph: the bulk
# loader next to LOAD CSV and to neo4j-admin database import, each into a fresh instance
# (npm run bench:ingest, docs/benchmarks/ingest-<actors>.{md,json}). BENCH_SCALES="10000:100000
# 100000:1000000" (actors:ties), BENCH_SECONDS=3 and BENCH_INGEST=0 (skip the ingest baseline)
# change what it measures; BENCH_CONCURRENCY (default 2: one client per core, so that p50 is a
# request's latency rather than its wait in the API's queue; the saturated machine is
# bench:throughput's question) sets the clients per side; BENCH_CAP (s, default 30) is the most one call may take before it is
# recorded as "did not finish" (so a slow question cannot stall the run). The defaults are the
# runs recorded in docs/benchmarks.md (api-10000: 9 minutes, api-100000: 29 minutes of bench:api on
# 2 cores, plus generating and loading each graph): every operation is measured as anonymous,
# analyst and staff, each as api, sameWork and floor.
set -euo pipefail
cd "$(dirname "$0")/../.."
for scale in ${BENCH_SCALES:-10000:100000 100000:1000000}; do
  actors=${scale%%:*}; ties=${scale##*:}
  export PONTE_NEO4J_HOME=.neo4j/bench-$actors PONTE_NEO4J_BOLT_PORT=${BENCH_BOLT_PORT:-7711} PONTE_NEO4J_HEAP=2g PONTE_NEO4J_PAGECACHE=1g
  unset NEO4J_URI
  rm -rf "$PONTE_NEO4J_HOME" ".data/generated-$actors"
  npm run -s seeds:generate -- --actors "$actors" --ties "$ties" --seed 1 --out ".data/generated-$actors"
  npm run -s db:start
  trap 'npm run -s db:stop' EXIT
  npm run -s seeds:bulk-load -- ".data/generated-$actors" 2> >(grep -v '^\[#' >&2)
  npm run -s bench:api -- --concurrency "${BENCH_CONCURRENCY:-2}" --duration "${BENCH_SECONDS:-3}" --warmup 1 --rounds 2 --cap "${BENCH_CAP:-30}" --label "api-$actors"
  npm run -s db:stop
  trap - EXIT
  rm -rf "$PONTE_NEO4J_HOME"
done
if [ "${BENCH_INGEST:-1}" != 0 ]; then
  export PONTE_NEO4J_HEAP=2g PONTE_NEO4J_PAGECACHE=1g
  npm run -s bench:ingest -- ".data/generated-$actors" --label "ingest-$actors"
fi
