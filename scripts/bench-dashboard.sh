#!/usr/bin/env bash
# Dashboard benchmark (prints figures, asserts none): on the database scripts/bench-indicators.sh seeded
# and rolled up (26,000 kanoons, about 2 million reports; run that first), 20 signed-in staff (national
# admins and province staff) load the dashboard home page and its season variant for a fixed time.
# Usage: scripts/bench-dashboard.sh [-Dbench.seconds=30] [-Dbench.staff=20]
# It adds two staff accounts (bench-national, bench-province) to that database and changes nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
export KANOONYAR_TEST_DB_NAME=kanoonyar_test_bench_indicators
KANOONYAR_TEST_DB_BUFFER_POOL_MIB="${KANOONYAR_TEST_DB_BUFFER_POOL_MIB:-2048}" scripts/test-database.sh
export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/kanoonyar_test_bench_indicators"
export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
echo "=== load average before: $(uptime | sed 's/.*load average: //') ==="
# Through the reactor (nothing installed into ~/.m2); -Pbenchmark selects the tests tagged "benchmark"
# (the normal build leaves them out), -Dtest this one; the db module has no such class and runs none.
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -o -Pbenchmark -pl backoffice -am test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|cpu per|national|province|all pages|\[ERROR\]|Tests run)"
echo "=== load average after: $(uptime | sed 's/.*load average: //') ==="
