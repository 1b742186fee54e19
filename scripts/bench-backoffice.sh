#!/usr/bin/env bash
# Back-office benchmark (prints figures, asserts none): seeds a separate MariaDB database at national
# scale (first run only, a few minutes), then 20 signed-in staff load the inbox and request pages, each
# waiting for its page (closed loop); with -Dbench.rate=R the pages are offered at R a second instead and
# timed from their intended send time (open loop, after -Dbench.warmup=5 seconds not counted).
# -Dbench.jfr=FILE records the measured window with JFR. The RESULT lines feed scripts/bench-all.sh.
# Usage: scripts/bench-backoffice.sh [-Dbench.seconds=30] [-Dbench.staff=20] [-Dbench.rate=300] [-o]
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
# Only the benchmark runs: -Pbenchmark selects the tests tagged "benchmark" (the normal build leaves them
# out), -Dtest this one, and the db module, which has no such class, runs none.
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -Pbenchmark -pl backoffice -am test -Dtest=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|cpu per|seeder|inbox page|request page|all pages|RESULT |\[ERROR\]|Tests run|\[INFO\] Running)"
