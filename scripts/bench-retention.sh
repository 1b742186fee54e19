#!/usr/bin/env bash
# Retention benchmark (prints figures, asserts none): a year of outbox rows and handled updates on its
# own MariaDB database (kanoonyar_test_bench_retention, wiped each run), then one nightly clean-up
# timed. Needs the same MariaDB as the tests (started or installed like scripts/test.sh does).
# Usage: scripts/bench-retention.sh [-Dbench.oldRows=500000] [-Dbench.recentRows=200000] [-Dbench.window=5000]
set -euo pipefail
cd "$(dirname "$0")/.."
export KANOONYAR_TEST_DB_NAME=kanoonyar_test_bench_retention
KANOONYAR_TEST_DB_BUFFER_POOL_MIB="${KANOONYAR_TEST_DB_BUFFER_POOL_MIB:-2048}" scripts/test-database.sh
export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/kanoonyar_test_bench_retention"
export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
# Through the reactor, so the back-office runs on this checkout's db module; only the benchmark runs
# (-Pbenchmark selects the tests tagged "benchmark", which the normal build leaves out; -Dtest this one).
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -Pbenchmark -pl backoffice -am test -Dtest=RetentionBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|\[ERROR\]|Tests run: 1,)"
