#!/usr/bin/env bash
# Benchmarks (print figures, assert none). Needs the same MariaDB as the tests (started or installed
# like scripts/test.sh does). Usage: scripts/bench.sh [-Dbench.users=40] [-Dbench.ratePerBot=30] [-Dbench.warmup=1] [-Dbench.jfr=FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
KANOONYAR_TEST_DB_BUFFER_POOL_MIB="${KANOONYAR_TEST_DB_BUFFER_POOL_MIB:-2048}" scripts/test-database.sh
export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/${KANOONYAR_TEST_DB_NAME:-kanoonyar_test}"
export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
# Through the reactor, so the bot runs on this checkout's db module; only the benchmark runs
# (-Pbenchmark selects the tests tagged "benchmark", which the normal build leaves out; -Dtest this one).
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -Pbenchmark -pl bot -am test -Dtest=RegistrationBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|echo bot|kanoonyar|ratio|cpu per|\[ERROR\]|Tests run)" 
