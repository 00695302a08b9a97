#!/usr/bin/env python3
"""Top frames of a JFR recording's CPU samples, for bench/README.md's profiles:
`bench/jfr-top.py RECORDING.jfr [N=15]` runs `jfr print --events jdk.ExecutionSample` (JAVA_HOME's jfr) and prints
the N most sampled top frames (self time), then the share of samples whose stack passes through each area of the
server (inclusive; a sample can count in several), so one sees what a request's CPU goes to."""
import collections
import os
import re
import subprocess
import sys

AREAS = [
    ("access log and logging", r"^(java\.util\.logging\.|dev\.agentdata\.bootstrap\.OneLineFormatter|dev\.agentdata\.adapter\.http\.observe\.AccessLog)"),
    ("metrics (micrometer, observability filter)", r"^(io\.micrometer\.|dev\.agentdata\.adapter\.http\.observe\.)"),
    ("authentication (JWT, users)", r"^dev\.agentdata\.adapter\.http\.auth\."),
    ("rate limits", r"^dev\.agentdata\.adapter\.http\.limit\."),
    ("JSON (Jackson)", r"^com\.fasterxml\.jackson\."),
    ("JDBC driver (pgjdbc)", r"^org\.postgresql\."),
    ("connection pool (HikariCP)", r"^com\.zaxxer\.hikari\."),
    ("Helidon DbClient", r"^io\.helidon\.dbclient\."),
    ("Helidon web server", r"^io\.helidon\.webserver\."),
    ("agentdata Postgres adapter", r"^dev\.agentdata\.adapter\.postgres\."),
    ("agentdata application and domain", r"^dev\.agentdata\.(application|domain)\."),
    ("regular expressions", r"^java\.util\.regex\."),
]


def main():
    path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
    jfr = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "jfr")
    text = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", path], capture_output=True, text=True,
                          check=True).stdout
    top, areas, samples = collections.Counter(), collections.Counter(), 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        m = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
        if not m:
            continue
        frames = [re.sub(r"\s+line:.*", "", f.strip()) for f in m.group(1).strip().split("\n")]
        frames = [f for f in frames if f and f != "..."]
        if not frames:
            continue
        samples += 1
        top[frames[0]] += 1
        for name, pattern in AREAS:
            if any(re.match(pattern, f) for f in frames):
                areas[name] += 1
    print(f"{samples} CPU samples in {path}")
    print(f"top {n} frames (self):")
    for frame, count in top.most_common(n):
        print(f"  {count:6d} {100 * count / samples:5.1f}%  {frame}")
    print("samples through each area (inclusive):")
    for name, _ in AREAS:
        print(f"  {areas[name]:6d} {100 * areas[name] / max(samples, 1):5.1f}%  {name}")


if __name__ == "__main__":
    main()
