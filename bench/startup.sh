#!/usr/bin/env bash
# Start-up time from the launcher: `bin/agentdata serve` until GET /observe/health answers 200, median of ROUNDS.
#
#   bench/startup.sh [ROUNDS=3]
#
# Two storages: an external Postgres (a cluster of the benchmark's own, as bench/lifecycle.sh) and the embedded one
# (DATA_DIR in a temp dir); the external one also without the launcher's class archive (AGENTDATA_CDS=off), for the
# ratio. Each starts once untimed first (migrations, the embedded initdb, the launcher's class archive recorded),
# then ROUNDS timed starts, each stopped (SIGTERM) before the next. The launcher runs in a temp folder with
# XDG_CACHE_HOME there too, so nothing of an earlier run is reused. BENCH_KEEP=1 keeps the logs.
set -euo pipefail
source "$(dirname "$0")/common.sh"

ROUNDS="${1:-3}"
[[ "$ROUNDS" =~ ^[0-9]+$ && "$ROUNDS" -ge 1 && "$ROUNDS" -le 20 ]] || die "ROUNDS must be 1..20"
[[ -x "$PG_BIN/initdb" ]] || die "no initdb in $PG_BIN (set BENCH_PG_BIN)"
start_cluster
check_tools
new_schema startup
machine_note
JAVA_HOME_DIR="$(dirname "$(dirname "$(readlink -f "$JAVA")")")"

# rounds NAME ENV...: the untimed start, then ROUNDS timed ones; prints each and the median.
rounds() {
    local name="$1"
    shift
    mkdir -p "$WORK/$name"
    (cd "$WORK/$name" && env "$@" JAVA_HOME="$JAVA_HOME_DIR" AGENTDATA_JAR="$JAR" XDG_CACHE_HOME="$WORK/$name/cache" \
        SERVER_HOST=127.0.0.1 python3 - "$ROOT/bin/agentdata" "$ROUNDS" "$name" "$WORK/$name/server.log" <<'PY'
import http.client, os, signal, socket, statistics, subprocess, sys, time

launcher, rounds, name, log = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]

def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port

def cpu_seconds(pid):
    """utime + stime of the server so far: the start-up's cost, which a loaded machine does not stretch."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def start_once():
    port = free_port()
    env = dict(os.environ, SERVER_PORT=str(port))
    t0 = time.monotonic()
    with open(log, "a") as out:
        proc = subprocess.Popen([launcher, "serve"], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        while True:
            if proc.poll() is not None:
                sys.exit(f"{name}: the server exited with {proc.returncode} during start-up (log: {log})")
            if time.monotonic() - t0 > 180:
                sys.exit(f"{name}: not ready after 180 s (log: {log})")
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                c.request("GET", "/observe/health")
                if c.getresponse().status == 200:
                    return time.monotonic() - t0, cpu_seconds(proc.pid)
            except OSError:
                pass
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill(); proc.wait()

first, first_cpu = start_once()
timed = [start_once() for _ in range(rounds)]
walls, cpus = [t for t, _ in timed], [c for _, c in timed]
print(f"{name}: first start (untimed: migrations, archive) {first:.2f} s ({first_cpu:.2f} s CPU); then "
      + ", ".join(f"{t:.2f}" for t in walls) + f" s; median {statistics.median(walls):.2f} s (target < 2 s); "
      + f"server CPU to ready: median {statistics.median(cpus):.2f} s")
PY
    ) || die "$name start-up failed (BENCH_KEEP=1 keeps $WORK)"
}

rounds external STORAGE=postgres DATABASE_URL="$DB_URL" DB_SCHEMA="$SCHEMA"
rounds external-without-archive AGENTDATA_CDS=off STORAGE=postgres DATABASE_URL="$DB_URL" DB_SCHEMA="$SCHEMA"
rounds embedded STORAGE=postgres DATA_DIR="$WORK/embedded/data/postgres"
