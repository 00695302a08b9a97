#!/usr/bin/env bash
# A test bed anyone can run (a benchmark, not a test): on loopback, a primary, a streaming replica that applies each
# commit 300 ms late, PgBouncer in transaction mode (when this build supports it), Redis (the machine's, a database
# index of its own, reached through a forwarder the bench can cut), two servers (the built jar) and a round-robin
# proxy in front of them.
#
#   bench/cluster.sh
#
# Runs the public smoke checks (/work/shared/contract/smoke.py all events, or SMOKE=path) through the proxy, then
# bench/cluster_probe.py against the two servers, and prints: the smoke result, the share of reads the replica
# served, the read-your-writes violations seen (expected 0) and how long a Redis outage took to detect and to recover
# from. Needs the Postgres 15 binaries (PG_BIN_DIR, default /usr/lib/postgresql/15/bin), redis on 127.0.0.1:6379
# (REDIS_BASE overrides), python3, curl, and bootstrap/target/agentdata.jar. BENCH_KEEP=1 keeps the folder and logs.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
JAVA="${JAVA:-$(command -v java || echo java)}"
JAR="${BENCH_JAR:-$ROOT/bootstrap/target/agentdata.jar}"
PG_BIN="${PG_BIN_DIR:-/usr/lib/postgresql/15/bin}"
REDIS_BASE="${REDIS_BASE:-127.0.0.1:6379}"
REDIS_DB="${REDIS_DB:-11}"
SMOKE="${SMOKE:-/work/shared/contract/smoke.py}"
WORK="$(mktemp -d /tmp/agentdata-cluster.XXXXXX)"
PIDS=()
JWT_SECRET="cluster-secret-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PREFIX="agentdata-cluster-$$:"

die() { echo "error: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_postgres() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    for d in replica primary; do
        [[ -f "$WORK/$d/postmaster.pid" ]] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/$d" -m immediate stop >/dev/null 2>&1
    done
    python3 - "$REDIS_BASE" "$REDIS_DB" "$PREFIX" <<'PY' 2>/dev/null || true
import socket, sys
host, port = sys.argv[1].rsplit(":", 1)
s = socket.create_connection((host, int(port)))
def cmd(*a):
    s.sendall(("*%d\r\n" % len(a) + "".join("$%d\r\n%s\r\n" % (len(x.encode()), x) for x in a)).encode())
    return s.recv(1 << 20)
cmd("SELECT", sys.argv[2])
cmd("EVAL", "for _, k in ipairs(redis.call('KEYS', ARGV[1] .. '*')) do redis.call('DEL', k) end return 1", "0", sys.argv[3])
PY
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then echo "kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ -x "$JAVA" ]] || die "no java at $JAVA (set JAVA_HOME to a JDK 21 or newer)"
[[ -f "$JAR" ]] || die "no jar at $JAR: build it with './mvnw -B -q package -DskipTests'"
for b in initdb pg_ctl pg_basebackup; do [[ -x "$PG_BIN/$b" ]] || die "no $PG_BIN/$b (set PG_BIN_DIR)"; done
for t in python3 curl; do command -v "$t" >/dev/null || die "$t is not installed"; done
[[ -f "$SMOKE" ]] || die "no smoke checks at $SMOKE (set SMOKE)"
chmod 755 "$WORK"
[[ $EUID -eq 0 ]] && chown postgres "$WORK"
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"

# --- the primary and its replica, 300 ms behind
P_PORT="$(free_port)"; R_PORT="$(free_port)"
as_postgres "$PG_BIN/initdb" -D "$WORK/primary" -U postgres --auth=trust -E UTF8 --no-sync >"$WORK/initdb.log" 2>&1 \
    || die "initdb failed: $(tail -5 "$WORK/initdb.log")"
cat >>"$WORK/primary/postgresql.conf" <<CONF
port = $P_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
wal_level = replica
max_wal_senders = 5
max_connections = 200
CONF
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary/server.log" -w start >/dev/null
as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$P_PORT" -U postgres -D "$WORK/replica" -R -X stream --no-sync
cat >>"$WORK/replica/postgresql.conf" <<CONF
port = $R_PORT
hot_standby = on
recovery_min_apply_delay = '300ms'
CONF
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/replica" -l "$WORK/replica/server.log" -w start >/dev/null
PRIMARY_URL="postgresql://postgres@127.0.0.1:$P_PORT/postgres"
echo "primary: 127.0.0.1:$P_PORT; replica: 127.0.0.1:$R_PORT (pg_basebackup -R, recovery_min_apply_delay 300ms)"

# --- PgBouncer in transaction mode, when the server knows DB_PGBOUNCER (the scale work)
DB_URL="$PRIMARY_URL"
POOLER_ENV=()
if grep -q '`DB_PGBOUNCER`' "$ROOT/README.md" && [[ -x /usr/sbin/pgbouncer ]]; then
    B_PORT="$(free_port)"
    cat >"$WORK/pgbouncer.ini" <<INI
[databases]
postgres = host=127.0.0.1 port=$P_PORT dbname=postgres
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $B_PORT
unix_socket_dir =
auth_type = trust
auth_file = $WORK/userlist.txt
pool_mode = transaction
max_client_conn = 400
default_pool_size = 20
logfile = $WORK/pgbouncer.log
INI
    echo '"postgres" ""' >"$WORK/userlist.txt"
    [[ $EUID -eq 0 ]] && chown postgres "$WORK/pgbouncer.ini" "$WORK/userlist.txt"
    as_postgres /usr/sbin/pgbouncer "$WORK/pgbouncer.ini" >"$WORK/pgbouncer.out" 2>&1 &
    PIDS+=($!)
    DB_URL="postgresql://postgres@127.0.0.1:$B_PORT/postgres"
    POOLER_ENV=(DB_PGBOUNCER=true DIRECT_URL="$PRIMARY_URL")
    echo "pgbouncer: 127.0.0.1:$B_PORT, transaction mode, in front of the primary"
else
    echo "pgbouncer: not used (this build has no DB_PGBOUNCER yet): the servers connect to the primary directly"
fi

# --- Redis, behind a forwarder the probe can cut
RF_PORT="$(free_port)"
python3 "$BENCH_DIR/tcp_proxy.py" "$RF_PORT" "$REDIS_BASE" &
PIDS+=($!); REDIS_PROXY_PID=$!
echo "redis: $REDIS_BASE database $REDIS_DB, key prefix $PREFIX, through a forwarder on 127.0.0.1:$RF_PORT"

# --- two servers and the round-robin proxy
PORTS=()
for name in a b; do
    port="$(free_port)"
    env STORAGE=postgres SERVER_HOST=127.0.0.1 SERVER_PORT="$port" DATABASE_URL="$DB_URL" "${POOLER_ENV[@]}" \
        DATABASE_READ_URL="postgresql://postgres@127.0.0.1:$R_PORT/postgres" DB_SCHEMA=cluster \
        REDIS_URL="redis://127.0.0.1:$RF_PORT/$REDIS_DB" REDIS_KEY_PREFIX="$PREFIX" JWT_SECRET="$JWT_SECRET" \
        "$JAVA" -Xmx256m -jar "$JAR" serve >"$WORK/server-$name.log" 2>&1 &
    PIDS+=($!)
    PORTS+=("$port")
    sleep 2  # the first migrates the schema; the second finds it up to date
done
for port in "${PORTS[@]}"; do
    deadline=$((SECONDS + 120))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/observe/health/ready")" == 200 ]]; do
        ((SECONDS < deadline)) || { tail -n 20 "$WORK"/server-*.log >&2; die "server on $port not ready after 120 s"; }
        sleep 0.5
    done
done
LB_PORT="$(free_port)"
python3 "$BENCH_DIR/tcp_proxy.py" "$LB_PORT" "127.0.0.1:${PORTS[0]}" "127.0.0.1:${PORTS[1]}" &
PIDS+=($!)
sleep 0.5
echo "servers: 127.0.0.1:${PORTS[0]} and 127.0.0.1:${PORTS[1]}; round-robin proxy: 127.0.0.1:$LB_PORT"

# --- the smoke checks through the proxy, then the probe
AGD_BASE="http://127.0.0.1:$LB_PORT" AGD_JWT_SECRET="$JWT_SECRET" python3 "$SMOKE" all events >"$WORK/smoke.log" 2>&1 || true
grep -E '^(FAIL|ERROR)' "$WORK/smoke.log" | head -20 || true
echo "smoke through the proxy: $(tail -1 "$WORK/smoke.log")"
metrics_reads() {
    curl -s "http://127.0.0.1:$1/observe/metrics" | sed -n "s/^agentdata_db_reads_total{.*target=\"$2\".*} \([0-9.eE+]*\)$/\1/p" | head -1
}
echo "smoke reads on the replica: server a $(metrics_reads "${PORTS[0]}" replica) of $(python3 -c "print($(metrics_reads "${PORTS[0]}" replica)+$(metrics_reads "${PORTS[0]}" primary))"), server b $(metrics_reads "${PORTS[1]}" replica) of $(python3 -c "print($(metrics_reads "${PORTS[1]}" replica)+$(metrics_reads "${PORTS[1]}" primary))")"
python3 "$BENCH_DIR/cluster_probe.py" "http://127.0.0.1:${PORTS[0]}" "http://127.0.0.1:${PORTS[1]}" "$JWT_SECRET" \
    "$REDIS_PROXY_PID" "$WORK/server-a.log" "$WORK/server-b.log"
echo "server logs: $(cat "$WORK"/server-*.log | grep -c ' SEVERE \| ERROR ' || true) error lines"
