#!/usr/bin/env bash
# Times GraphValidator.validate() + runChecks() on 10k- and 100k-node graphs and prints t(100k)/t(10k).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q -o -pl domain test-compile
"$JAVA_HOME/bin/java" -Xms2g -Xmx2g -cp domain/target/classes:domain/target/test-classes \
    dev.agentdata.domain.graph.GraphValidatorBenchmark
