#!/usr/bin/env bash
# A soak (a benchmark, not a test): MINUTES of mixed load on Postgres from CALLERS callers, with README's defaults.
#
#   bench/soak.sh [MINUTES=10] [CALLERS=20] [REQUESTS_PER_SECOND_PER_CALLER=40]
#
# Starts bootstrap/target/agentdata.jar through bin/agentdata (its JVM options: -Xmx256m
# -XX:MaxDirectMemorySize=64m) on a free loopback port against a fresh schema (BENCH_DATABASE_URL, as the other
# benchmarks), every other setting at its default: rate limits on (1000 requests per 10 s per caller), which the
# pacing stays under. bench/SoakLoad.java then drives execution lifecycles, lists, store searches, 1 MB graph bodies
# and slow clients (every tenth sends half a request, which the read timeout must cut: deliberate) and prints one line
# per minute: requests per second, p99 latency, errors, deliberate 4xx, the server's RSS, threads and open client
# connections. Expected: flat after warm-up, no growth, no errors. BENCH_KEEP=1 keeps the schema and the logs.
set -euo pipefail
source "$(dirname "$0")/common.sh"

MINUTES="${1:-10}"
CALLERS="${2:-20}"
RPS="${3:-40}"
[[ "$MINUTES" =~ ^[0-9]+$ && "$MINUTES" -ge 1 ]] || die "MINUTES must be a whole number >= 1"
[[ "$CALLERS" =~ ^[0-9]+$ && "$CALLERS" -ge 10 ]] || die "CALLERS must be >= 10 (one of each kind)"
[[ "$RPS" =~ ^[0-9]+$ && "$RPS" -ge 1 && "$RPS" -le 90 ]] || die "REQUESTS_PER_SECOND_PER_CALLER must be 1..90 (under 1000 per 10 s)"

check_tools
new_schema soak
echo "soak: $MINUTES min, $CALLERS callers, at most $RPS requests/s each, schema $SCHEMA"
machine_note
echo "also running: $(ps -eo pcpu,comm --sort=-pcpu | awk 'NR>1 && $1 > 5 {printf "%s(%s%%) ", $2, $1}')"
BENCH_LAUNCHER=1 start_server
echo "server: pid $SERVER_PID, $BASE, JVM options of bin/agentdata, every setting at its default"
"$JAVA" "$BENCH_DIR/SoakLoad.java" soak "$BASE" "$SERVER_PID" "$MINUTES" "$CALLERS" "$RPS" \
    || die "the soak driver failed (server log: $WORK/server.log; BENCH_KEEP=1 keeps it)"
kill -0 "$SERVER_PID" 2>/dev/null || die "the server died during the soak (log: $WORK/server.log)"
echo "server log: $(grep -c ' SEVERE \| ERROR ' "$WORK/server.log" || true) error lines"
machine_note
