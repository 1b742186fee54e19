#!/usr/bin/env bash
# Broadcast benchmark (prints figures, asserts none): on a separate MariaDB database, seeds 100,000
# people with a chat, then times counting and enqueueing a broadcast to all of them, and pausing and
# resuming it: what the staff member waits for (the status) and the time until the rows are moved.
# Usage: scripts/bench-broadcast.sh [-Dbench.recipients=100000] [-Dbench.runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
export KANOONYAR_TEST_DB_NAME=kanoonyar_test_bench_broadcast
KANOONYAR_TEST_DB_BUFFER_POOL_MIB="${KANOONYAR_TEST_DB_BUFFER_POOL_MIB:-2048}" scripts/test-database.sh
export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/kanoonyar_test_bench_broadcast"
export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -Pbenchmark -pl db test -Dtest=BroadcastEnqueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|\[ERROR\]|Tests run)"
