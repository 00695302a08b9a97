#!/usr/bin/env python3
"""Runs a command (pgbench) and prints the CPU it and Postgres used meanwhile, for bench/lifecycle.sh:
`cpu.py OUTFILE -- COMMAND...` writes the command's output to OUTFILE, exits with its status, and prints machine
busy %, cores used by Postgres (all backends; exited ones count through the postmaster's children times) and by
the command, and CPU ms per pgbench transaction (read from OUTFILE)."""
import os
import re
import resource
import subprocess
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")


def snap():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    postgres = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                s = f.read()
        except OSError:
            continue
        if s[s.index("(") + 1:s.rindex(")")] == "postgres":
            fields = s[s.rindex(")") + 2:].split()
            postgres += sum(int(x) for x in fields[11:15])
    return (sum(v) - v[3] - v[4]) / HZ, sum(v) / HZ, postgres / HZ


out_file, cmd = sys.argv[1], sys.argv[3:]
busy0, total0, pg0 = snap()
t0 = time.monotonic()
with open(out_file, "w") as out:
    rc = subprocess.call(cmd, stdout=out, stderr=subprocess.STDOUT)
secs = time.monotonic() - t0
busy1, total1, pg1 = snap()
child = resource.getrusage(resource.RUSAGE_CHILDREN)
cmd_cpu = child.ru_utime + child.ru_stime
with open(out_file) as f:
    m = re.search(r"number of transactions actually processed: (\d+)", f.read())
n = max(1, int(m.group(1)) if m else 0)
pg = pg1 - pg0
print(f"cpu during the run: machine {100 * (busy1 - busy0) / max(total1 - total0, 1e-9):.0f}% busy of "
      f"{os.cpu_count()} cores; cores used: postgres (all) {pg / secs:.2f}, {os.path.basename(cmd[0])} "
      f"{cmd_cpu / secs:.2f}, rest {(busy1 - busy0 - pg - cmd_cpu) / secs:.2f}")
print(f"cpu per lifecycle: postgres {1000 * pg / n:.2f} ms, {os.path.basename(cmd[0])} {1000 * cmd_cpu / n:.2f} ms")
sys.exit(rc)
