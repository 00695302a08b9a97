#!/usr/bin/env bash
# The OpenAPI fuzzer's long run (a benchmark, not a test) against the packaged server on each storage.
#
#   bench/fuzz.sh [REQUESTS=15000] [SEED=random]
#
# For each storage (memory, then Postgres on a fresh schema of BENCH_DATABASE_URL) it starts
# bootstrap/target/agentdata.jar through bin/agentdata (README's JVM options: -Xmx256m -XX:MaxDirectMemorySize=64m),
# every setting at its default (MAX_PAYLOAD_BYTES 16 MiB: bodies over it are 16 MiB and more) except the rate limits,
# which are off so that the fuzzer's own traffic is never 429 (RateLimitFuzzServerTest covers them). It then runs
# bootstrap's OpenApiFuzzServerTest#externalServer_whenNamed through Maven (-Dfuzz.url, -Dfuzz.requests,
# -Dfuzz.seed) and prints the fuzzer's figures: requests, per-status counts, p50/p99/max latency, failures, and the
# server's peak and final RSS (sampled every 0.5 s from /proc). Exits non-zero when the fuzzer found a failure.
set -euo pipefail
source "$(dirname "$0")/common.sh"

REQUESTS="${1:-15000}"
SEED="${2:-$(od -An -N8 -td8 /dev/urandom | tr -d ' ')}"
[[ "$REQUESTS" =~ ^[0-9]+$ && "$REQUESTS" -ge 100 ]] || die "REQUESTS must be a whole number >= 100"
export RATE_LIMIT_REQUESTS=0 RATE_LIMIT_UNAUTHENTICATED=0
check_tools
machine_note
status=0
for storage in memory postgres; do
    new_schema "fuzz_$storage"
    BENCH_STORAGE="$storage" BENCH_LAUNCHER=1 start_server
    echo "== $storage: server pid $SERVER_PID at $BASE; $REQUESTS requests, seed $SEED"
    peak_file="$WORK/rss-$storage"
    ( peak=0; while kill -0 "$SERVER_PID" 2>/dev/null; do
          rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0)
          (( rss > peak )) && peak=$rss && echo "$peak" > "$peak_file"
          sleep 0.5
      done ) &
    sampler=$!
    log="$WORK/fuzz-$storage.log"
    if (cd "$ROOT" && ./mvnw -B -q verify -pl bootstrap -am -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
            -Dtest='OpenApiFuzzServerTest#externalServer_whenNamed' -Dfuzz.url="$BASE" -Dfuzz.jwt-secret="$JWT_SECRET" \
            -Dfuzz.requests="$REQUESTS" -Dfuzz.seed="$SEED" >"$log" 2>&1); then
        result=passed
    else
        result=FAILED
        status=1
    fi
    report="$ROOT/bootstrap/target/surefire-reports/dev.agentdata.bootstrap.fuzz.OpenApiFuzzServerTest-output.txt"
    grep -A3 '^fuzz external' "$report" | grep -v 'replay with' || tail -n 40 "$log"
    if [[ "$result" == FAILED ]]; then
        grep -m1 -A30 'failed requests; the first ones' "$ROOT/bootstrap/target/surefire-reports/dev.agentdata.bootstrap.fuzz.OpenApiFuzzServerTest.txt" || tail -n 40 "$log"
    fi
    echo "server RSS: peak $(( $(cat "$peak_file" 2>/dev/null || echo 0) / 1024 )) MB, at the end $(( $(awk '/^VmRSS:/ {print $2}' "/proc/$SERVER_PID/status") / 1024 )) MB"
    curl -s -o /dev/null -w "health after the run: %{http_code}\n" "$BASE/observe/health"
    echo "fuzzer: $result"
    stop_server
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    psql -q "$DB_URL" -c "DROP SCHEMA IF EXISTS \"$SCHEMA\" CASCADE" >/dev/null 2>&1 || true
done
machine_note
exit "$status"
