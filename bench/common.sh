# Shared by bench/lifecycle.sh and bench/deep-page.sh (sourced): a fresh schema on one Postgres, the jar
# started on a free loopback port against it, a token, and cleanup on exit. Not meant to be run by itself.

# A Java 21+: JAVA_HOME's when set, else `java` on the PATH (the scripts name no JDK folder; check_tools says which).
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
JAVA="${JAVA:-$(command -v java || echo java)}"
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
JAR="${BENCH_JAR:-$ROOT/bootstrap/target/agentdata.jar}"
DB_URL="${BENCH_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/agentdata_bench}"
DB_URL="${DB_URL#jdbc:}"
JWT_SECRET="bench-secret-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export JWT_SECRET
WORK="$(mktemp -d /tmp/agentdata-bench.XXXXXX)"
SERVER_PID=""
SCHEMA=""
CLUSTER_DIR=""
PG_BIN="${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}"

die() { echo "error: $*" >&2; exit 1; }

cleanup() {
    stop_server
    stop_cluster
    if [[ -n "$SCHEMA" && "${BENCH_KEEP:-0}" != 1 ]]; then
        psql -q "$DB_URL" -c "DROP SCHEMA IF EXISTS \"$SCHEMA\" CASCADE" >/dev/null 2>&1 || true
    fi
    if [[ "${BENCH_KEEP:-0}" != 1 ]]; then
        rm -rf "$WORK"
    else
        echo "kept: schema $SCHEMA, files in $WORK" >&2
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

check_tools() {
    [[ -x "$JAVA" ]] || die "no java at $JAVA (set JAVA_HOME to a JDK 21 or newer)"
    local major
    major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    [[ "${major%%.*}" -ge 21 ]] 2>/dev/null || die "$JAVA is Java ${major:-?}; set JAVA_HOME to a JDK 21 or newer"
    [[ -f "$JAR" ]] || die "no jar at $JAR: build it with 'mvn -B -q -o package -DskipTests' (or set BENCH_JAR)"
    for t in psql curl python3 "$@"; do
        command -v "$t" >/dev/null || die "$t is not installed"
    done
    if ! psql -q "$DB_URL" -c 'SELECT 1' >/dev/null 2>"$WORK/psql.err" && grep -q 'does not exist' "$WORK/psql.err"; then
        local db="${DB_URL##*/}" && db="${db%%\?*}"
        psql -q "${DB_URL%/*}/postgres" -c "CREATE DATABASE \"$db\"" >/dev/null 2>>"$WORK/psql.err" \
            && echo "created database $db" >&2
    fi
    psql -q "$DB_URL" -c 'SELECT 1' >/dev/null 2>"$WORK/psql.err" \
        || die "cannot connect to $DB_URL: $(cat "$WORK/psql.err")"
}

# As the postgres user when run as root (initdb and postgres refuse root), else as is.
as_pg() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A Postgres cluster of the benchmark's own (PG_BIN's initdb in a temp dir, a free port, pg_stat_statements
# loaded with track = all and track_utility = on), so that the machine's server is never restarted; sets DB_URL.
start_cluster() {
    CLUSTER_DIR="$(mktemp -d /tmp/agentdata-bench-pg.XXXXXX)"
    [[ "$(id -u)" == 0 ]] && chown postgres: "$CLUSTER_DIR"
    local port
    port="$(free_port)"
    as_pg "$PG_BIN/initdb" -D "$CLUSTER_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
        || die "initdb failed: $(tail -n 5 "$WORK/initdb.log")"
    cat >>"$CLUSTER_DIR/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$CLUSTER_DIR'
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
pg_stat_statements.track_utility = on
pg_stat_statements.max = 10000
${BENCH_PG_CONF:-}
CONF
    as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w -t 60 start >/dev/null \
        || die "the benchmark's Postgres did not start: $(tail -n 5 "$CLUSTER_DIR/server.log")"
    DB_URL="postgresql://postgres@127.0.0.1:$port/agentdata_bench"
    psql -X -q "postgresql://postgres@127.0.0.1:$port/postgres" -c "CREATE DATABASE agentdata_bench" >/dev/null
    psql -X -q "$DB_URL" -c "CREATE EXTENSION pg_stat_statements" >/dev/null
    echo "postgres: own cluster $("$PG_BIN/postgres" --version | sed 's/.*) //') on port $port ($CLUSTER_DIR), pg_stat_statements track=all, track_utility=on"
}

stop_cluster() {
    if [[ -n "$CLUSTER_DIR" && -d "$CLUSTER_DIR/data" ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        [[ "${BENCH_KEEP:-0}" == 1 ]] || rm -rf "$CLUSTER_DIR"
    fi
    CLUSTER_DIR=""
}

# RSS of the server in MB (VmRSS, or the field named by $1, e.g. VmHWM), from /proc.
server_rss_mb() {
    awk -v f="${1:-VmRSS}:" '$1 == f {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status" 2>/dev/null || echo "?"
}

# A fresh, empty schema; the server's Flyway migrates it (DB_SCHEMA).
new_schema() {
    SCHEMA="bench_${1}_$(date +%s)_$$"
    psql -q "$DB_URL" -c "CREATE SCHEMA \"$SCHEMA\"" >/dev/null || die "cannot create schema $SCHEMA"
}

psql_schema() {
    PGOPTIONS="-c search_path=$SCHEMA" psql -X -q -v ON_ERROR_STOP=1 "$DB_URL" "$@"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts the jar against the schema and waits until /observe/health/ready answers 200 (at most 120 s).
start_server() {
    PORT="$(free_port)"
    BASE="http://127.0.0.1:$PORT"
    # shellcheck disable=SC2086
    # BENCH_LAUNCHER=1: through bin/agentdata, with its JVM options (README's defaults), BENCH_SERVER_JAVA_OPTS after them
    local server=("$JAVA" ${BENCH_SERVER_JAVA_OPTS:-} -jar "$JAR")
    if [[ "${BENCH_LAUNCHER:-0}" == 1 ]]; then
        server=(env AGENTDATA_JAR="$JAR" AGENTDATA_JAVA_OPTS="${BENCH_SERVER_JAVA_OPTS:-}"
                JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA")")")" "$ROOT/bin/agentdata")
    fi
    # BENCH_SERVER_DATABASE_URL: the server's own DATABASE_URL (e.g. PgBouncer's, ?pgbouncer=true; then DIRECT_URL
    # is DB_URL); BENCH_STORAGE=memory: the memory storage (the schema then stays empty); the schema and the pgbench replay stay on DB_URL. Rate limits as
    # the caller exported them (lifecycle.sh, events.sh and fuzz.sh turn them off; soak.sh keeps the defaults)
    STORAGE="${BENCH_STORAGE:-postgres}" SERVER_HOST=127.0.0.1 SERVER_PORT="$PORT" DATABASE_URL="${BENCH_SERVER_DATABASE_URL:-$DB_URL}" \
        DIRECT_URL="${BENCH_SERVER_DATABASE_URL:+$DB_URL}" DB_SCHEMA="$SCHEMA" \
        "${server[@]}" serve >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + 120))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/observe/health/ready")" == 200 ]]; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            SERVER_PID=""
            tail -n 30 "$WORK/server.log" >&2
            die "the server exited during start-up (log above)"
        fi
        ((SECONDS < deadline)) || { tail -n 30 "$WORK/server.log" >&2; die "the server was not ready after 120 s"; }
        sleep 0.5
    done
}

stop_server() {   # stop_server [SECONDS=10]: SIGTERM, then SIGKILL after SECONDS
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq $((${1:-10} * 5))); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}

# Prints a one-hour JWT for user $1 minted by the jar's own token command.
mint_token() {
    "$JAVA" -jar "$JAR" token --sub "$1" --email "bench-${1:0:8}@example.org" --ttl 1h 2>"$WORK/token.err" | tail -n 1 \
        | grep -E '^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$' || die "token command failed: $(cat "$WORK/token.err")"
}

machine_note() {
    echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
}
