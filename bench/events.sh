#!/usr/bin/env bash
# Execution events across two servers on one Postgres: changes through server A, streams on server B.
#
#   bench/events.sh [RATE=50] [SECONDS=20] [IDLE=1000]
#
# Starts bootstrap/target/agentdata.jar twice on a fresh schema (BENCH_DATABASE_URL, rate limits off so one user may
# open IDLE streams), then bench/EventsLoad.java prints: commit-to-delivery p50/p99 of the graph events of RATE
# lifecycles/s (6 requests, 6 events each) on B's user stream; events lost and duplicated over 100 forced
# reconnects of one execution's stream; RSS and CPU of server B with IDLE idle streams open vs none.
set -euo pipefail
source "$(dirname "$0")/common.sh"

RATE="${1:-50}"
DURATION="${2:-20}"
IDLE="${3:-1000}"
check_tools
new_schema events
echo "events benchmark: $RATE lifecycles/s for $DURATION s through A, streams on B, $IDLE idle streams; schema $SCHEMA"
machine_note
export RATE_LIMIT_REQUESTS=0 RATE_LIMIT_UNAUTHENTICATED=0
start_server
A_PID="$SERVER_PID" A_BASE="$BASE"
cp "$WORK/server.log" "$WORK/server-a.log"
trap 'kill "$A_PID" 2>/dev/null || true; cleanup' EXIT
start_server
B_BASE="$BASE"
echo "server A $A_BASE (pid $A_PID), server B $B_BASE (pid $SERVER_PID)"
TOKEN="$(mint_token "$(cat /proc/sys/kernel/random/uuid)")"
"$JAVA" "$BENCH_DIR/EventsLoad.java" "$A_BASE" "$B_BASE" "$TOKEN" "$SERVER_PID" "$RATE" "$DURATION" "$IDLE"
machine_note
