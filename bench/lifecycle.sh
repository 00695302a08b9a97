#!/usr/bin/env bash
# Execution lifecycles per second over HTTP vs the same SQL replayed with pgbench, on one Postgres, same concurrency.
#
#   bench/lifecycle.sh [CLIENTS=8] [SECONDS=20]
#
# (a) starts bootstrap/target/agentdata.jar on a free loopback port against a fresh schema (BENCH_DATABASE_URL,
#     default postgresql://postgres@127.0.0.1:5432/agentdata_bench), mints a token with the jar's `token` command,
#     creates one graph and drives CLIENTS concurrent clients through create execution -> running -> add node
#     execution -> node running -> node completed -> execution completed (bench/LifecycleLoad.java) for SECONDS
#     after a warm-up (BENCH_WARMUP, default 15 s: the JIT needs about that long to settle); then stops the server.
# (b) replays the statements the Postgres adapter issues for one lifecycle (bench/lifecycle.sql) with
#     pgbench -n -M prepared -c CLIENTS -j CLIENTS -T SECONDS on the same schema, and prints both rates and the ratio.
# Other knobs: BENCH_JAR, BENCH_SERVER_JAVA_OPTS, BENCH_PGBENCH_MODE (prepared), BENCH_PGBENCH_SCRIPT (another
# replay, e.g. for a server variant), BENCH_HTTP_CLIENT=jdk, BENCH_KEEP=1 keeps schema and logs,
# BENCH_SERVER_DATABASE_URL (the server through PgBouncer: postgresql://...:6432/db?pgbouncer=true; DIRECT_URL is then
# BENCH_DATABASE_URL).
set -euo pipefail
source "$(dirname "$0")/common.sh"

CLIENTS="${1:-8}"
DURATION="${2:-20}"
WARMUP="${BENCH_WARMUP:-15}"
MODE="${BENCH_PGBENCH_MODE:-prepared}"
[[ "$CLIENTS" =~ ^[0-9]+$ && "$CLIENTS" -ge 1 && "$CLIENTS" -le 256 ]] || die "CLIENTS must be 1..256"
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 600 ]] || die "SECONDS must be 1..600"

check_tools pgbench
new_schema lifecycle
echo "lifecycle benchmark: $CLIENTS clients, $DURATION s (+${WARMUP} s warm-up), schema $SCHEMA"
machine_note

# lifecycle.sql assumes the graph cache in front of findVersion, as configured by default.
export GRAPH_CACHE_ENABLED=true
echo "server: pool DB_CONNECTION_LIMIT=${DB_CONNECTION_LIMIT:-default (10)}, graph cache on; ${BENCH_SERVER_JAVA_OPTS:+JVM options $BENCH_SERVER_JAVA_OPTS}"
start_server
USER_ID="$(cat /proc/sys/kernel/random/uuid)"
TOKEN="$(mint_token "$USER_ID")"

echo "--- (a) HTTP: $BASE"
BENCH_SERVER_PID="$SERVER_PID" BENCH_PSQL_URL="$DB_URL" "$JAVA" "$BENCH_DIR/LifecycleLoad.java" "$BASE" "$TOKEN" "$CLIENTS" "$DURATION" "$WARMUP" | tee "$WORK/http.out" \
    | grep -v '^cpu_ms' || die "the HTTP load failed (server log: $WORK/server.log; BENCH_KEEP=1 keeps it)"
GRAPH_ID="$(sed -n 's/^graph_id=//p' "$WORK/http.out")"
HTTP_RATE="$(sed -n 's/^http_lifecycles_per_second=//p' "$WORK/http.out")"
[[ -n "$GRAPH_ID" && -n "$HTTP_RATE" ]] || die "no result from the HTTP load"
stop_server

echo "--- (b) pgbench -n -M $MODE -c $CLIENTS -j $CLIENTS -T $DURATION -f bench/lifecycle.sql"
PGOPTIONS="-c search_path=$SCHEMA" python3 "$BENCH_DIR/cpu.py" "$DB_URL" "$WORK/pgbench.out" -- \
    pgbench -n -M "$MODE" -c "$CLIENTS" -j "$CLIENTS" -T "$DURATION" \
    -D uid="$USER_ID" -D gid="$GRAPH_ID" -f "${BENCH_PGBENCH_SCRIPT:-$BENCH_DIR/lifecycle.sql}" "$DB_URL" >"$WORK/cpu.out" \
    || { cat "$WORK/pgbench.out" >&2; die "pgbench failed"; }
grep -E '^(number of (transactions actually processed|failed)|latency average|tps)' "$WORK/pgbench.out"
PG_RATE="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.out")"
grep -v '^cpu_ms' "$WORK/cpu.out"
[[ -n "$PG_RATE" ]] || { cat "$WORK/pgbench.out" >&2; die "no tps in the pgbench output"; }

DONE="$(psql_schema -At -c "SELECT count(*) FILTER (WHERE status = 'completed') || ' completed of ' || count(*) FROM graph_executions")"
echo "--- result ($CLIENTS clients, $DURATION s; executions in the schema: $DONE)"
machine_note
HTTP_CPU="$(sed -n 's/^cpu_ms_per_lifecycle=//p' "$WORK/http.out")"
PG_CPU="$(sed -n 's/^cpu_ms_per_lifecycle=//p' "$WORK/cpu.out")"
python3 - "$HTTP_RATE" "$PG_RATE" "${HTTP_CPU:-0}" "${PG_CPU:-0}" <<'PY'
import sys
http, pg, http_cpu, pg_cpu = (float(x) for x in sys.argv[1:5])
print(f"HTTP     lifecycles/s: {http:8.1f}  ({http * 6:.0f} requests/s)")
print(f"pgbench  lifecycles/s: {pg:8.1f}")
print(f"ratio HTTP/pgbench:    {http / pg:8.2f}  (target >= 0.50: {'met' if http / pg >= 0.5 else 'NOT met'})")
if http_cpu > 0 and pg_cpu > 0:
    # Both runs keep the CPU busy, so on a machine of their own the rates would stand as the inverse of these.
    print(f"CPU per lifecycle: HTTP path {http_cpu:.2f} ms (server + its Postgres backends + driver), "
          f"pgbench path {pg_cpu:.2f} ms (backends + pgbench); ratio {pg_cpu / http_cpu:.2f} "
          f"(the throughput ratio expected when nothing else runs)")
PY
