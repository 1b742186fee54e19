#!/usr/bin/env bash
# Inbox views benchmark (prints figures, asserts none): the "all requests of my region" view and the search
# at national scale (1,000,000 requests; seeded on the first run only), 20 signed-in staff at once.
# Usage: scripts/bench-inbox.sh [-Dbench.seconds=30] [-Dbench.staff=20]
# KANOONYAR_BENCH_DB_NAME picks another database than kanoonyar_test_bench (it is seeded, never wiped).
set -euo pipefail
cd "$(dirname "$0")/.."
KANOONYAR_TEST_DB_NAME="${KANOONYAR_BENCH_DB_NAME:-kanoonyar_test_bench}"
export KANOONYAR_TEST_DB_NAME
KANOONYAR_TEST_DB_BUFFER_POOL_MIB="${KANOONYAR_TEST_DB_BUFFER_POOL_MIB:-2048}" scripts/test-database.sh
export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/${KANOONYAR_TEST_DB_NAME}"
export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
# Through the reactor, so the back-office runs on this checkout's db module and nothing is installed
# into ~/.m2 (installing db alone failed on a fresh machine: its parent POM was never installed).
# Only the benchmark runs: -Dtest selects it, and the db module, which has no such class, runs none.
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -Pbenchmark -pl backoffice -am test -Dtest=InboxViewsBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|cpu per|seeder|all requests|search|  by code|  by name|\[ERROR\]|Tests run|\[INFO\] Running)"
