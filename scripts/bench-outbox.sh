#!/usr/bin/env bash
# Outbox benchmark (prints figures, asserts none): a broadcast of BULK rows on MariaDB drained by the
# bot's real outbox sender through the real TelegramBots client into the fake Bot API, at the default
# 30 msg/s and at 1,000 msg/s. Needs the same MariaDB as the tests (started or installed like
# scripts/test.sh does). Usage: scripts/bench-outbox.sh [-Dbench.slowRows=1500] [-Dbench.fastRows=20000]
# [-Dbench.workers=16]
set -euo pipefail
cd "$(dirname "$0")/.."
KANOONYAR_TEST_DB_BUFFER_POOL_MIB="${KANOONYAR_TEST_DB_BUFFER_POOL_MIB:-2048}" scripts/test-database.sh
export KANOONYAR_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/${KANOONYAR_TEST_DB_NAME:-kanoonyar_test}"
export KANOONYAR_TEST_DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
export KANOONYAR_TEST_DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"
# Through the reactor, so the bot runs on this checkout's db module; only the benchmark runs
# (-Pbenchmark selects the tests tagged "benchmark", which the normal build leaves out; -Dtest this one).
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  mvn -B -ntp -Pbenchmark -pl bot -am test -Dtest=OutboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "^(===|limit|slowest|\[ERROR\]|Tests run: 1,)"
