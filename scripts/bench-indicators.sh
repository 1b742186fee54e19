#!/usr/bin/env bash
# Indicators benchmark (prints figures, asserts none): on a separate MariaDB database, seeds 26,000
# kanoons with managers and 2,000,000 activity reports over three years, then times the nightly
# roll-up (two months) and the marking of dormant kanoons.
# Usage: scripts/bench-indicators.sh [-Dbench.kanoons=26000] [-Dbench.reports=2000000]
set -euo pipefail
cd "$(dirname "$0")/.."
export KANOONYAR_TEST_DB_NAME=kanoonyar_test_bench_indicators
KANOONYAR_TEST_DB_BUFFER_POOL_MIB="${KANOONYAR_TEST_DB_BUFFER_POOL_MIB:-2048}" scripts/test-database.sh
export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/kanoonyar_test_bench_indicators"
export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -o -Pbenchmark -pl db test -Dtest=IndicatorRollupBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|\[ERROR\]|Tests run)"
