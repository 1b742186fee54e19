#!/usr/bin/env bash
# Makes sure a MariaDB server answers on 127.0.0.1:3306 and holds the test database and user.
# Starts the server when it is installed but stopped, and installs Debian's mariadb-server when it
# is absent (this needs root, as on CI). Prints nothing on success but a line of what it did.
set -euo pipefail

DB_NAME="${KANOONYAR_TEST_DB_NAME:-kanoonyar_test}"
DB_USER="${KANOONYAR_TEST_DB_USER:-kanoonyar_test}"
DB_PASSWORD="${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

server_answers() {
  as_root mysqladmin --protocol=socket ping >/dev/null 2>&1
}

mariadbd_path() {
  command -v mariadbd 2>/dev/null || { [ -x /usr/sbin/mariadbd ] && echo /usr/sbin/mariadbd; } || true
}

if ! server_answers; then
  if [ -z "$(mariadbd_path)" ]; then
    echo "test-database: installing Debian's mariadb-server"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  fi
  if ! server_answers; then
    echo "test-database: starting MariaDB"
    as_root mkdir -p /run/mysqld
    as_root chown mysql:mysql /run/mysqld
    as_root start-stop-daemon --start --oknodo --background --exec "$(mariadbd_path)" -- --user=mysql
    for _ in $(seq 1 60); do
      server_answers && break
      sleep 1
    done
    server_answers || { echo "test-database: MariaDB did not start within 60 s" >&2; exit 1; }
  fi
fi

as_root mysql --protocol=socket -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'%' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${DB_NAME}\`.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON \`${DB_NAME}\`.* TO '${DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DB_NAME}\`.* TO '${DB_USER}'@'%';
-- The backup test (BackupAndRestoreTest) restores a dump into a fresh database of this name.
GRANT ALL PRIVILEGES ON \`${DB_NAME}_restore\`.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON \`${DB_NAME}_restore\`.* TO '${DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DB_NAME}_restore\`.* TO '${DB_USER}'@'%';
FLUSH PRIVILEGES;
-- A test JVM keeps up to 32 Spring contexts cached, each with its connection pool (and the Quartz
-- cluster's): the back-office suite alone goes past MariaDB's default of 151 connections, and a test
-- then fails on a refused connection rather than on what it checks. Raised for this server's life.
SET GLOBAL max_connections = GREATEST(@@GLOBAL.max_connections, 1000);
SQL

# Benchmarks on national-scale data set KANOONYAR_TEST_DB_BUFFER_POOL_MIB (their scripts: 2048): the
# server's InnoDB buffer pool is raised to it for the server's life when smaller. With MariaDB's
# default 128 MiB the 1,000,000-request database (1.8 GiB) is read back from the OS cache page by page,
# and the staff pages cost the database five times the CPU (issue 14; README "Benchmarks").
if [ -n "${KANOONYAR_TEST_DB_BUFFER_POOL_MIB:-}" ]; then
  as_root mysql --protocol=socket -uroot -e "SET GLOBAL innodb_buffer_pool_size = GREATEST(@@GLOBAL.innodb_buffer_pool_size, ${KANOONYAR_TEST_DB_BUFFER_POOL_MIB} * 1024 * 1024)"
fi

mysql -h127.0.0.1 -P3306 -u"${DB_USER}" -p"${DB_PASSWORD}" -e "SELECT 1" "${DB_NAME}" >/dev/null
echo "test-database: ${DB_NAME} on 127.0.0.1:3306 ($(as_root mysql --protocol=socket -uroot -N -e 'SELECT CONCAT(VERSION(), ", buffer pool ", @@GLOBAL.innodb_buffer_pool_size DIV 1048576, " MiB")'))"
