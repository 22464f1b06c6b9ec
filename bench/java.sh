#!/usr/bin/env bash
# Runs one of bench/'s Java programs with the shared timing harness (bench/Timing.java) on its class path:
# bench/java.sh [-cp CLASSPATH] Program.java ARGS...
set -euo pipefail
cd "$(dirname "$0")/.."
classpath=""
if [ "${1:-}" = -cp ]; then classpath=$2; shift 2; fi
classes=$(mktemp -d /tmp/harambee-bench-classes.XXXXXX)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" bench/Timing.java
java -cp "$classes${classpath:+:$classpath}" "bench/$1" "${@:2}"
