#!/usr/bin/env bash
# Issue 9's benchmark: the execution lifecycle over HTTP against its six-statement yardstick, on one Postgres of the
# benchmark's own, alternated twice (HTTP, yardstick, HTTP, yardstick).
#
#   bench/lifecycle.sh [CLIENTS=8] [SECONDS=20]
#
# - Postgres: its own cluster (BENCH_PG_BIN, default Debian's /usr/lib/postgresql/15/bin; initdb in a temp dir, a
#   free port, pg_stat_statements with track = all and track_utility = on); the machine's server is never touched.
# - HTTP: bootstrap/target/agentdata.jar started through bin/agentdata (its JVM options) with README's defaults
#   (metrics, access log, caches on) except RATE_LIMIT_REQUESTS=0 (one user drives all the load); CLIENTS clients of
#   bench/LifecycleLoad.java each loop create -> running -> add node execution -> node running -> node completed ->
#   completed for SECONDS after a warm-up (BENCH_WARMUP, default 30 s: the JIT settles), then ANALYZE.
# - Yardstick: bench/yardstick.sql (six statements, each in autocommit) with pgbench -n -M prepared -c CLIENTS -j 2.
# Prints per pair both rates and the ratio; statements per lifecycle on each side (pg_stat_statements delta over the
# measured phase / lifecycles, statements inside functions, FK checks and BEGIN/COMMIT included) and the top
# statements per lifecycle of the HTTP side; server CPU per request; server RSS idle (before load) and at the end.
# Other knobs: BENCH_SERVER_JAVA_OPTS (added after the launcher's options, e.g. a JFR recording), BENCH_PG_CONF
# (postgresql.conf lines), BENCH_TOP (statements shown, 15), BENCH_KEEP=1 keeps the cluster, schema and logs.
set -euo pipefail
source "$(dirname "$0")/common.sh"

CLIENTS="${1:-8}"
DURATION="${2:-20}"
WARMUP="${BENCH_WARMUP:-30}"
TOP="${BENCH_TOP:-15}"
[[ "$CLIENTS" =~ ^[0-9]+$ && "$CLIENTS" -ge 1 && "$CLIENTS" -le 256 ]] || die "CLIENTS must be 1..256"
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 600 ]] || die "SECONDS must be 1..600"

[[ -x "$PG_BIN/initdb" ]] || die "no initdb in $PG_BIN (set BENCH_PG_BIN)"
start_cluster
check_tools pgbench
new_schema lifecycle
echo "lifecycle benchmark: $CLIENTS clients, $DURATION s (+${WARMUP} s warm-up) per run, schema $SCHEMA"
machine_note

export RATE_LIMIT_REQUESTS=0
# As a deployment's first start does: one start records the launcher's class archive (written when it stops), so
# that the measured server runs with it, as every later start does.
export XDG_CACHE_HOME="$WORK/cache"
BENCH_LAUNCHER=1 start_server
stop_server 180
BENCH_LAUNCHER=1 start_server
sleep 2
RSS_IDLE="$(server_rss_mb)"
echo "server: pid $SERVER_PID through bin/agentdata${BENCH_SERVER_JAVA_OPTS:+ (+ $BENCH_SERVER_JAVA_OPTS)}, README's defaults, RATE_LIMIT_REQUESTS=0; RSS idle ${RSS_IDLE} MB"
USER_ID="$(cat /proc/sys/kernel/random/uuid)"
TOKEN="$(mint_token "$USER_ID")"

# Statements counted since the last reset, without the benchmark's own queries (reset, reads of the statistics).
# pg_stat_statements (15) misses most COMMITs pgjdbc sends over the extended protocol (it re-uses the parsed
# statement: 3 BEGIN, 1 COMMIT counted for 3 transactions), so each BEGIN not matched by a COMMIT/ROLLBACK adds one.
statements_total() {
    psql -X -At "$DB_URL" -c "WITH s AS (SELECT s.query, s.calls FROM pg_stat_statements s
            JOIN pg_database d ON d.oid = s.dbid AND d.datname = current_database()
            WHERE s.query !~* 'pg_stat_statements|pg_stat_activity')
        SELECT coalesce(sum(calls), 0) + greatest(0,
            coalesce(sum(calls) FILTER (WHERE query ~* '^\s*(BEGIN|START TRANSACTION)'), 0)
            - coalesce(sum(calls) FILTER (WHERE query ~* '^\s*(COMMIT|ROLLBACK|END)\s*;?\s*$'), 0)) FROM s"
}

# The TOP statements by calls per lifecycle ($1 lifecycles), query text shortened.
statements_top() {
    psql -X -At -F ' | ' "$DB_URL" -c "SELECT to_char(sum(calls)::numeric / $1, '990.00'),
            to_char(sum(total_exec_time)::numeric / $1, '990.000') || ' ms',
            left(regexp_replace(query, '\s+', ' ', 'g'), 150)
        FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid AND d.datname = current_database()
        WHERE s.query !~* 'pg_stat_statements|pg_stat_activity'
        GROUP BY query ORDER BY sum(calls) DESC LIMIT $TOP"
}

reset_statements() {
    psql -X -qAt "$DB_URL" -c "SELECT pg_stat_statements_reset()" >/dev/null
}

declare -a HTTP_RATES PG_RATES HTTP_STMTS PG_STMTS CPU_PER_REQ RSS_END HTTP_CPU PGBENCH_CPU

http_run() {   # http_run N: one HTTP run; fills the arrays at N and prints the top statements
    local n="$1" out="$WORK/http$1.out"
    echo "--- HTTP run $n: $BASE"
    BENCH_SERVER_PID="$SERVER_PID" BENCH_PSQL_URL="$DB_URL" BENCH_RESET_STATEMENTS=1 \
        "$JAVA" "$BENCH_DIR/LifecycleLoad.java" "$BASE" "$TOKEN" "$CLIENTS" "$DURATION" "$WARMUP" | tee "$out" \
        | grep -v -E '^(cpu_ms|graph_id|user_id|http_|server_)' \
        || die "the HTTP load failed (server log: $WORK/server.log; BENCH_KEEP=1 keeps it)"
    local statements requests lifecycles
    statements="$(statements_total)"
    requests="$(sed -n 's/^http_requests=//p' "$out")"
    GRAPH_ID="$(sed -n 's/^graph_id=//p' "$out")"
    [[ -n "$GRAPH_ID" && -n "$requests" && "$requests" -gt 0 ]] || die "no result from the HTTP load"
    lifecycles="$(python3 -c "print($requests / 6)")"
    HTTP_RATES[n]="$(sed -n 's/^http_lifecycles_per_second=//p' "$out")"
    HTTP_STMTS[n]="$(python3 -c "print(f'{$statements / $lifecycles:.2f}')")"
    CPU_PER_REQ[n]="$(sed -n 's/^server_cpu_ms_per_request=//p' "$out")"
    HTTP_CPU[n]="$(sed -n 's/^cpu per lifecycle: server \([0-9.]*\) ms, postgres \([0-9.]*\) ms, load driver \([0-9.]*\) ms$/\1 \2 \3/p' "$out")"
    RSS_END[n]="$(sed -n 's/^server_rss_mb_at_end=//p' "$out") MB (peak $(sed -n 's/^server_rss_mb_peak=//p' "$out") MB)"
    echo "statements per lifecycle: ${HTTP_STMTS[n]} ($statements statements, $requests requests / 6)"
    echo "top $TOP statements per lifecycle (calls / lifecycles | execution time / lifecycle | query):"
    statements_top "$lifecycles" | sed 's/^/  /'
}

# CPU seconds of the benchmark cluster's processes so far: every process named postgres (utime + stime), plus what
# the postmaster's reaped children used (cutime + cstime: pgbench's backends exit when it ends).
postgres_cpu_seconds() {
    local hz postmaster
    hz="$(getconf CLK_TCK)"
    postmaster="$(head -n 1 "$CLUSTER_DIR/data/postmaster.pid")"
    for stat in /proc/[0-9]*/stat; do
        cat "$stat" 2>/dev/null
    done | awk -v hz="$hz" -v pm="$postmaster" '{
        i = index($0, ") "); comm = substr($0, index($0, "(") + 1, i - index($0, "(") - 1)
        n = split(substr($0, i + 2), f, " ")
        if (comm == "postgres") { t += f[12] + f[13] }
        if ($1 == pm) { t += f[14] + f[15] }
    } END { printf "%.3f", t / hz }'
}

declare -a PG_CPU_PER_LIFECYCLE

yardstick_run() {   # yardstick_run N
    local n="$1" out="$WORK/pgbench$1.out"
    echo "--- yardstick run $n: pgbench -n -M prepared -c $CLIENTS -j 2 -T $DURATION -f bench/yardstick.sql"
    psql -X -qAt "$DB_URL" -c "ANALYZE" >/dev/null   # as the HTTP side does after its warm-up
    reset_statements
    local cpu_before pgbench_cpu TIMEFORMAT='%U %S'
    cpu_before="$(postgres_cpu_seconds)"
    { time PGOPTIONS="-c search_path=$SCHEMA" pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" \
        -D uid="$USER_ID" -D gid="$GRAPH_ID" -f "$BENCH_DIR/yardstick.sql" "$DB_URL" >"$out" 2>&1 \
        || { cat "$out" >&2; die "pgbench failed"; }; } 2>"$WORK/pgbench$n.time"
    pgbench_cpu="$(awk '{print $1 + $2}' "$WORK/pgbench$n.time")"
    local cpu_after
    cpu_after="$(postgres_cpu_seconds)"
    local statements done
    statements="$(statements_total)"
    grep -E '^(number of (transactions actually processed|failed)|latency average|tps)' "$out" | sed 's/^/  /'
    PG_RATES[n]="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$out")"
    done="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out")"
    [[ -n "${PG_RATES[n]}" && "$done" -gt 0 ]] || { cat "$out" >&2; die "no tps in the pgbench output"; }
    PG_STMTS[n]="$(python3 -c "print(f'{$statements / $done:.2f}')")"
    echo "statements per lifecycle: ${PG_STMTS[n]}"
    PG_CPU_PER_LIFECYCLE[n]="$(python3 -c "print(f'{1000 * ($cpu_after - $cpu_before) / $done:.2f}')")"
    PGBENCH_CPU[n]="$(python3 -c "print(f'{1000 * $pgbench_cpu / $done:.2f}')")"
    echo "cpu per lifecycle: postgres ${PG_CPU_PER_LIFECYCLE[n]} ms, pgbench ${PGBENCH_CPU[n]} ms"
    if [[ "$n" == 1 ]]; then
        echo "yardstick statements per lifecycle (calls / lifecycles | execution time / lifecycle | query):"
        statements_top "$done" | sed 's/^/  /'
    fi
}

for n in 1 2; do
    http_run "$n"
    yardstick_run "$n"
done

echo "updates since the start (all runs; HOT = no index entries written):"
psql_schema -At -F ' ' -c "SELECT relname, n_tup_upd, n_tup_hot_upd, CASE WHEN n_tup_upd > 0 THEN round(100.0 * n_tup_hot_upd / n_tup_upd) END || '% HOT'
    FROM pg_stat_user_tables WHERE schemaname = '$SCHEMA' AND relname IN ('graph_executions', 'node_executions') ORDER BY relname" | sed 's/^/  /'
DONE="$(psql_schema -At -c "SELECT count(*) FILTER (WHERE status = 'completed') || ' completed of ' || count(*) FROM graph_executions")"
echo "--- result ($CLIENTS clients, $DURATION s per run; executions in the schema: $DONE)"
machine_note
for n in 1 2; do
    python3 - "$n" "${HTTP_RATES[n]}" "${PG_RATES[n]}" "${HTTP_STMTS[n]}" "${PG_STMTS[n]}" "${CPU_PER_REQ[n]}" <<'PY'
import sys
n, http, pg, hs, ps, cpu = sys.argv[1], *(float(x) for x in sys.argv[2:7])
print(f"pair {n}: HTTP {http:7.1f} lifecycles/s, yardstick {pg:7.1f}/s, ratio {http / pg:.2f} (target >= 0.50); "
      f"statements per lifecycle HTTP {hs:.2f} (target <= 8), yardstick {ps:.2f}; server CPU {cpu:.3f} ms per request "
      f"(target <= 0.15)")
PY
done
# Where a lifecycle's CPU goes on each side: on a machine both runs keep busy, the ratio follows the totals.
for n in 1 2; do
    read -r server pg driver <<<"${HTTP_CPU[n]:-? ? ?}"
    python3 - "$n" "$server" "$pg" "$driver" "${PG_CPU_PER_LIFECYCLE[n]}" "${PGBENCH_CPU[n]}" <<'PY' || true
import sys
n, *v = sys.argv[1:]
s, p, d, yp, yb = (float(x) for x in v)
print(f"cpu per lifecycle, pair {n}: HTTP side {s + p + d:.2f} ms (server {s:.2f} + postgres {p:.2f} + load driver {d:.2f}), "
      f"yardstick {yp + yb:.2f} ms (postgres {yp:.2f} + pgbench {yb:.2f}); their quotient {(yp + yb) / (s + p + d):.2f}")
PY
done
echo "server RSS: idle ${RSS_IDLE} MB; at the end of load: run 1 ${RSS_END[1]}, run 2 ${RSS_END[2]} (target < 300 MB)"
