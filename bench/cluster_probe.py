#!/usr/bin/env python3
"""bench/cluster.sh's measurements, against two servers directly (not through the balancer):

    cluster_probe.py BASE_A BASE_B JWT_SECRET REDIS_PROXY_PID LOG_A LOG_B

1. read-your-writes: each round a user tops up on one server and at once reads the balance on the other; a balance
   that lacks the write is a violation;
2. quiet reads: after the replica caught up, the same users read their balance on both servers (the replica's share);
3. a Redis outage: the forwarder in front of Redis cuts every connection; how long until both servers logged it
   (detected), how long after it is restored until both logged that Redis is back (recovered) and until the replica
   serves a read again, with read-your-writes rounds during and after it.
"""
import datetime
import hashlib
import hmac
import json
import os
import re
import signal
import sys
import time
import urllib.error
import urllib.request
import uuid
import base64

A, B, SECRET, REDIS_PROXY, LOG_A, LOG_B = sys.argv[1:7]


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(sub):
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = b64(json.dumps({"sub": sub, "email": f"c{sub[:8]}@example.org", "aud": "authenticated",
                           "iat": int(time.time()), "exp": int(time.time()) + 3600}).encode())
    sig = hmac.new(SECRET.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(sig)}"


def call(base, method, path, tok, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def top_up(base, tok):
    status, body = call(base, "POST", "/api/v1/credits/top-up", tok,
                        {"amount": 1, "idempotency_key": str(uuid.uuid4())})
    if status != 201:
        raise SystemExit(f"top-up answered {status}: {body}")


def balance(base, tok):
    status, body = call(base, "GET", "/api/v1/credits", tok)
    if status != 200:
        raise SystemExit(f"balance answered {status}: {body}")
    return json.loads(body)["balance"]


def reads(base):
    with urllib.request.urlopen(base + "/observe/metrics", timeout=10) as r:
        text = r.read().decode()
    counts = {"primary": 0.0, "replica": 0.0}
    for line in text.splitlines():
        m = re.match(r'agentdata_db_reads_total\{[^}]*target="(\w+)"[^}]*\}\s+([0-9.eE+]+)', line)
        if m:
            counts[m.group(1)] += float(m.group(2))
    return counts


def total_reads():
    a, b = reads(A), reads(B)
    return {k: a[k] + b[k] for k in a}


class Users:
    def __init__(self, n):
        self.tokens = [token(str(uuid.uuid4())) for _ in range(n)]
        self.expected = [0] * n


def ryw_rounds(users, rounds):
    violations = 0
    for r in range(rounds):
        for i, tok in enumerate(users.tokens):
            writer, reader = (A, B) if (r + i) % 2 == 0 else (B, A)
            top_up(writer, tok)
            users.expected[i] += 1
            if balance(reader, tok) != users.expected[i]:
                violations += 1
    return violations, rounds * len(users.tokens)


def log_time(path, needle, after):
    """The time of the first line of the log that contains needle and was written after `after` (epoch seconds)."""
    with open(path, errors="replace") as f:
        for line in f:
            if needle in line:
                try:
                    at = datetime.datetime.fromisoformat(line[:23]).timestamp()
                except ValueError:
                    continue
                if at >= after:
                    return at
    return None


def await_logs(needle, after, within=15):
    deadline = time.time() + within
    while time.time() < deadline:
        times = [log_time(LOG_A, needle, after), log_time(LOG_B, needle, after)]
        if all(t is not None for t in times):
            return max(times)
        time.sleep(0.02)
    return None


def replica_serves(tok, base):
    before = reads(base)["replica"]
    balance(base, tok)
    return reads(base)["replica"] > before


users = Users(20)
start = total_reads()
v, n = ryw_rounds(users, 10)
print(f"read-your-writes: {v} violations in {n} rounds (top-up on one server, balance at once on the other)")

time.sleep(1.5)
quiet_before = total_reads()
for rnd in range(10):
    for i, tok in enumerate(users.tokens):
        got = balance(A if (rnd + i) % 2 == 0 else B, tok)
        if got != users.expected[i]:
            v += 1
quiet = {k: total_reads()[k] - quiet_before[k] for k in quiet_before}
print(f"quiet reads (users whose last write is 1.5 s old): replica served {quiet['replica']:.0f} of "
      f"{quiet['replica'] + quiet['primary']:.0f}")

cut_at = time.time()
os.kill(int(REDIS_PROXY), signal.SIGUSR1)
detected = await_logs("is unavailable", cut_at - 0.001)
outage_before = total_reads()
v_out, n_out = ryw_rounds(users, 2)
during = {k: total_reads()[k] - outage_before[k] for k in outage_before}
time.sleep(1)
restored_at = time.time()
os.kill(int(REDIS_PROXY), signal.SIGUSR2)
recovered = await_logs("available again", restored_at - 0.001)
v_after, n_after = ryw_rounds(users, 2)
deadline = time.time() + 20
replica_back = None
while time.time() < deadline:
    if replica_serves(users.tokens[0], A) and replica_serves(users.tokens[0], B):
        replica_back = time.time()
        break
    time.sleep(0.05)


def ms(t, since):
    return "not seen" if t is None else f"{(t - since) * 1000:.0f} ms"


print(f"redis outage: detected by both servers after {ms(detected, cut_at)}; during it {v_out} violations in "
      f"{n_out} rounds, reads on the replica {during['replica']:.0f} of {during['replica'] + during['primary']:.0f}")
print(f"redis back: both servers use it again after {ms(recovered, restored_at)}, the replica serves again after "
      f"{ms(replica_back, restored_at)}; {v_after} violations in {n_after} rounds right after")
end = total_reads()
share = {k: end[k] - start[k] for k in end}
all_reads = share["replica"] + share["primary"]
print(f"replica share of own-data reads in this probe: {share['replica']:.0f} of {all_reads:.0f} "
      f"({100 * share['replica'] / max(all_reads, 1):.0f}%)")
total_v = v + v_out + v_after
print(f"read-your-writes violations seen: {total_v} (expected 0)")
sys.exit(1 if total_v else 0)
