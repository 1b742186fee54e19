#!/usr/bin/env bash
# Back-office benchmark (prints figures, asserts none): seeds a separate MariaDB database at national
# scale (first run only, a few minutes), then 20 signed-in staff load the inbox and request pages.
# Usage: scripts/bench-backoffice.sh [-Dbench.seconds=30] [-Dbench.staff=20]
set -euo pipefail
cd "$(dirname "$0")/.."
export KANOONYAR_TEST_DB_NAME=kanoonyar_test_bench
scripts/test-database.sh
export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/kanoonyar_test_bench"
export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
mvn -B -q -ntp -pl db install -DskipTests
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -pl backoffice test -Dtest=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|seeder|inbox page|request page|all pages|\[ERROR\]|Tests run)"
