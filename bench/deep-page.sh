#!/usr/bin/env bash
# First page vs deep pages of GET /api/v1/executions over 1,000,000 executions of one user (keyset pagination),
# and the same for GET /api/v1/graphs over that user's graphs (one SQL statement per page, stats included).
#
#   bench/deep-page.sh [EXECUTIONS=1000000] [GRAPHS=1000] [ROUNDS=200]
#
# Starts bootstrap/target/agentdata.jar against a fresh schema (BENCH_DATABASE_URL, default
# postgresql://postgres@127.0.0.1:5432/agentdata_bench; the server's Flyway migrates it), creates the user through
# GET /me, fills GRAPHS graphs and EXECUTIONS executions (spread over the graphs) with generate_series, then times
# ROUNDS requests per depth, depths interleaved, and prints medians and the ratio deepest/first (target <= 2).
# Deep cursors are made like the server makes them (see PageLatency.java), checked against the server's own first.
set -euo pipefail
source "$(dirname "$0")/common.sh"

EXECUTIONS="${1:-1000000}"
GRAPHS="${2:-1000}"
ROUNDS="${3:-200}"
LIMIT=20
[[ "$EXECUTIONS" =~ ^[0-9]+$ && "$EXECUTIONS" -ge 1000 ]] || die "EXECUTIONS must be >= 1000"
[[ "$GRAPHS" =~ ^[0-9]+$ && "$GRAPHS" -ge 100 ]] || die "GRAPHS must be >= 100"
[[ "$ROUNDS" =~ ^[0-9]+$ && "$ROUNDS" -ge 10 ]] || die "ROUNDS must be >= 10"

check_tools
new_schema deeppage
echo "deep-page benchmark: $EXECUTIONS executions over $GRAPHS graphs of one user, schema $SCHEMA"
machine_note
start_server
USER_ID="$(cat /proc/sys/kernel/random/uuid)"
TOKEN="$(mint_token "$USER_ID")"
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me" || die "GET /me failed"

t0=$SECONDS
psql_schema -v uid="$USER_ID" -v n="$EXECUTIONS" -v ngraphs="$GRAPHS" <<'SQL'
SET synchronous_commit = off;
INSERT INTO graphs (id, version, is_active, user_id, name, description, is_template, created_at, updated_at)
SELECT gen_random_uuid(), 1, true, :'uid', 'bench graph ' || g, NULL, false,
       timestamptz '2026-01-01 00:00:00Z' + g * interval '1 minute',
       timestamptz '2026-01-01 00:00:00Z' + g * interval '1 minute' + (g % 7) * interval '1 microsecond'
FROM generate_series(1, :ngraphs) g;
CREATE TEMP TABLE bench_graph_ids AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS n, id FROM graphs;
-- Two executions share each created_at, so the id breaks ties as in production.
INSERT INTO graph_executions (id, graph_id, graph_version, user_id, status, inputs, outputs, error_message,
                              created_at, started_at, ended_at)
SELECT gen_random_uuid(), g.id, 1, :'uid', (ARRAY['completed', 'completed', 'failed', 'cancelled'])[1 + i % 4],
       '{}'::jsonb, '{}'::jsonb, NULL,
       timestamptz '2026-01-01 00:00:00Z' + (i / 2) * interval '1 second',
       timestamptz '2026-01-01 00:00:00Z' + (i / 2) * interval '1 second' + interval '10 milliseconds',
       timestamptz '2026-01-01 00:00:00Z' + (i / 2) * interval '1 second' + interval '900 milliseconds'
FROM generate_series(0, :n - 1) i JOIN bench_graph_ids g ON g.n = i % :ngraphs;
VACUUM ANALYZE graphs;
VACUUM ANALYZE graph_executions;
SQL
echo "filled in $((SECONDS - t0)) s"

# "LABEL:MICROS:ID" of the row just before a page that starts at offset $1 (the first page: "LABEL::").
key_at() { # table order-column filter offset label
    if [[ "$4" == 0 ]]; then
        echo "$5::"
        return
    fi
    psql_schema -At -F: -v uid="$USER_ID" <<SQL | sed "s/^/$5:/"
SELECT (extract(epoch FROM $2) * 1000000)::bigint, id FROM $1 WHERE user_id = :'uid' $3
ORDER BY $2 DESC, id DESC OFFSET $(($4 - 1)) LIMIT 1
SQL
}

pages() { # table order-column filter list path total depths...
    local table=$1 col=$2 filter=$3 list=$4 path=$5 total=$6 check args=()
    shift 6
    check="$(key_at "$table" "$col" "$filter" "$LIMIT" check)"
    for depth in "$@" $((total - LIMIT)); do
        if ((depth <= total - LIMIT)); then
            args+=("$(key_at "$table" "$col" "$filter" "$depth" "$(printf 'rows %d..%d' "$depth" "$((depth + LIMIT))")")")
        fi
    done
    IFS=: read -r _ cmicros cid <<<"$check"
    "$JAVA" "$BENCH_DIR/PageLatency.java" "$BASE" "$TOKEN" "$ROUNDS" "$list" "$path" "$cmicros" "$cid" "${args[@]}"
}

echo "--- GET /api/v1/executions?limit=$LIMIT at several depths of $EXECUTIONS ($ROUNDS requests each, median)"
pages graph_executions created_at "" executions "/api/v1/executions?limit=$LIMIT" "$EXECUTIONS" 0 1000 10000 100000 500000 \
    | tee "$WORK/executions.out"
echo "--- GET /api/v1/executions?status=failed&limit=$LIMIT (a quarter of them) at several depths"
pages graph_executions created_at "AND status = 'failed'" executions "/api/v1/executions?status=failed&limit=$LIMIT" \
    "$((EXECUTIONS / 4))" 0 1000 10000 100000 | tee "$WORK/failed.out"
echo "--- GET /api/v1/graphs?limit=$LIMIT at several depths of $GRAPHS graphs, $((EXECUTIONS / GRAPHS)) executions each"
pages graphs updated_at "AND is_active" graphs "/api/v1/graphs?limit=$LIMIT" "$GRAPHS" 0 $((GRAPHS / 2)) | tee "$WORK/graphs.out"

echo "--- result"
machine_note
echo "executions: deepest/first median latency ratio $(sed -n 's/^ratio_deep_first=//p' "$WORK/executions.out") (target <= 2)"
echo "failed:     deepest/first median latency ratio $(sed -n 's/^ratio_deep_first=//p' "$WORK/failed.out") (target <= 2)"
echo "graphs:     deepest/first median latency ratio $(sed -n 's/^ratio_deep_first=//p' "$WORK/graphs.out")"
