#!/usr/bin/env python3
"""Runs a command (pgbench) and prints the CPU used meanwhile, for bench/lifecycle.sh:
`cpu.py PSQL_URL OUTFILE -- COMMAND...` writes the command's output to OUTFILE and exits with its status. Prints
machine busy %, cores used by the backends of PSQL_URL's database (polled every 0.5 s through pg_stat_activity,
since pgbench's backends exit with it), by all of Postgres (exited backends count through the postmaster's
children times), by the command, and CPU ms per transaction (count read from OUTFILE)."""
import os
import re
import resource
import subprocess
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")


def stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        s = f.read()
    return s[s.index("(") + 1:s.rindex(")")], [int(x) for x in s[s.rindex(")") + 2:].split()[11:15]]


def snap():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    postgres = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            comm, t = stat(pid)
        except (OSError, ValueError):
            continue
        if comm == "postgres":
            postgres += sum(t)
    return (sum(v) - v[3] - v[4]) / HZ, sum(v) / HZ, postgres / HZ


def backends(url):
    out = subprocess.run(["psql", "-X", "-At", url, "-c", "SELECT pid FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()"],
                         capture_output=True, text=True).stdout
    return out.split()


url, out_file, cmd = sys.argv[1], sys.argv[2], sys.argv[4:]
before = set(backends(url))
busy0, total0, pg0 = snap()
t0 = time.monotonic()
seen = {}
with open(out_file, "w") as out:
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    while proc.poll() is None:
        for pid in backends(url):
            if pid not in before:
                try:
                    seen[pid] = sum(stat(pid)[1][:2])
                except (OSError, ValueError):
                    pass
        time.sleep(0.5)
    rc = proc.returncode
secs = time.monotonic() - t0
busy1, total1, pg1 = snap()
child = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out_file) as f:
    m = re.search(r"number of transactions actually processed: (\d+)", f.read())
n = max(1, int(m.group(1)) if m else 0)
pg_all = pg1 - pg0
pg = sum(seen.values()) / HZ
psql_and_cmd = child.ru_utime + child.ru_stime
name = os.path.basename(cmd[0])
print(f"cpu during the run: machine {100 * (busy1 - busy0) / max(total1 - total0, 1e-9):.0f}% busy of "
      f"{os.cpu_count()} cores; cores used: postgres {pg / secs:.2f} (all databases {pg_all / secs:.2f}), "
      f"{name} (and the polling psql) {psql_and_cmd / secs:.2f}, "
      f"everything else {(busy1 - busy0 - pg_all - psql_and_cmd) / secs:.2f}")
print(f"cpu per lifecycle: postgres {1000 * pg / n:.2f} ms, {name} {1000 * psql_and_cmd / n:.2f} ms (with psql)")
print(f"cpu_ms_per_lifecycle={1000 * (pg + psql_and_cmd) / n:.3f}")
sys.exit(rc)
