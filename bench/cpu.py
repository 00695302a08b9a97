#!/usr/bin/env python3
"""CPU seconds from /proc for bench/lifecycle.sh: `cpu.py snap > FILE` before, `cpu.py diff FILE SECONDS LIFECYCLES`
after; prints machine busy % and cores used by postgres (all backends) and pgbench over the interval."""
import os
import sys

HZ = os.sysconf("SC_CLK_TCK")


def snap():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    total, busy = sum(v), sum(v) - v[3] - v[4]
    by = {"postgres": 0, "pgbench": 0}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                s = f.read()
        except OSError:
            continue
        comm = s[s.index("(") + 1:s.rindex(")")]
        if comm in by:
            fields = s[s.rindex(")") + 2:].split()
            by[comm] += int(fields[11]) + int(fields[12])
    return [busy, total, by["postgres"], by["pgbench"]]


if sys.argv[1] == "snap":
    print(*snap())
else:
    with open(sys.argv[2]) as f:
        b = [int(x) for x in f.read().split()]
    a, secs, n = snap(), float(sys.argv[3]), max(1.0, float(sys.argv[4]))
    d = [(x - y) / HZ for x, y in zip(a, b)]
    print(f"cpu during the run: machine {100 * d[0] / max(d[1], 1e-9):.0f}% busy of {os.cpu_count()} cores; cores used: "
          f"postgres (all) {d[2] / secs:.2f}, pgbench {d[3] / secs:.2f}, rest {(d[0] - d[2] - d[3]) / secs:.2f}")
    print(f"cpu per lifecycle: postgres {1000 * d[2] / n:.2f} ms, pgbench {1000 * d[3] / n:.2f} ms")
