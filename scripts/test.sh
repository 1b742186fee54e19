#!/usr/bin/env bash
# The README's test command: every test of every module, the database ones on a real MariaDB/MySQL.
# With SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) set, the tests use that database, whose name
# must contain "test" (the tests wipe it). Otherwise a local MariaDB on 127.0.0.1:3306 is started
# (installed first if absent) and given a test database and user. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/test-browser.sh

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  export KANOONYAR_TEST_DB_URL="$SPRING_DATASOURCE_URL"
  export KANOONYAR_TEST_DB_USER="${SPRING_DATASOURCE_USERNAME:-}"
  export KANOONYAR_TEST_DB_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
else
  scripts/test-database.sh
  export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/${KANOONYAR_TEST_DB_NAME:-kanoonyar_test}"
  export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
  export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
fi

# The apps' own SPRING_DATASOURCE_* would also redirect the embedded-default tests away from H2:
# the tests read the KANOONYAR_TEST_DB_* copies instead.
exec env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp verify "$@"
