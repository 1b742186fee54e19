#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a database, creating it (utf8mb4) when it does not
# exist. Refuses a database that already holds tables: stop the apps, drop and recreate it (or
# restore under a new name and point the apps there), then run this. Start the apps afterwards:
# Flyway finds its history in the dump and migrates only what is newer than the backup.
#
#   scripts/restore.sh FILE          FILE ending in .gz is decompressed; "-" reads standard input
#
# Settings (environment): KANOONYAR_DB_HOST (127.0.0.1), KANOONYAR_DB_PORT (3306),
# KANOONYAR_DB_USER (kanoonyar), KANOONYAR_DB_PASSWORD (none), KANOONYAR_DB_NAME (kanoonyar).
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: scripts/restore.sh FILE (.sql, .sql.gz or -)" >&2; exit 2; }
FILE="$1"
HOST="${KANOONYAR_DB_HOST:-127.0.0.1}"
PORT="${KANOONYAR_DB_PORT:-3306}"
USER_NAME="${KANOONYAR_DB_USER:-kanoonyar}"
NAME="${KANOONYAR_DB_NAME:-kanoonyar}"

[ "$FILE" = "-" ] || [ -r "$FILE" ] || { echo "restore: cannot read $FILE" >&2; exit 1; }
case "$NAME" in
  *[!A-Za-z0-9_]*|'') echo "restore: database name '$NAME' must be letters, digits and _" >&2; exit 1 ;;
esac
CLIENT="$(command -v mariadb || command -v mysql || true)"
[ -n "$CLIENT" ] || { echo "restore: neither mariadb nor mysql client is installed" >&2; exit 1; }

CLIENT_CONFIG="$(mktemp)"
trap 'rm -f "$CLIENT_CONFIG"' EXIT
chmod 600 "$CLIENT_CONFIG"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$HOST" "$PORT" "$USER_NAME" \
  "${KANOONYAR_DB_PASSWORD:-}" > "$CLIENT_CONFIG"

sql() {
  "$CLIENT" --defaults-extra-file="$CLIENT_CONFIG" --default-character-set=utf8mb4 --max-allowed-packet=1G "$@"
}

dump_text() {
  case "$FILE" in
    -) cat ;;
    *.gz) gzip -dc "$FILE" ;;
    *) cat "$FILE" ;;
  esac
}

sql -e "CREATE DATABASE IF NOT EXISTS \`${NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
TABLES="$(sql -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${NAME}'")"
if [ "$TABLES" != "0" ]; then
  echo "restore: ${NAME} already holds ${TABLES} tables; drop and recreate it first, or restore under another name" >&2
  exit 1
fi

# With --hex-blob a row holding a file is one statement of about twice the file's size (a 10 MB
# attachment: some 20 MB), more than MariaDB's default max_allowed_packet (16 MiB). Say so before
# restoring half a database. (Standard input is read once, so it is not measured.)
if [ "$FILE" != "-" ]; then
  LONGEST="$(dump_text | LC_ALL=C awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }')"
  PACKET="$(sql -N -e 'SELECT @@max_allowed_packet')"
  if [ "$LONGEST" -ge "$PACKET" ]; then
    echo "restore: the dump holds a statement of ${LONGEST} bytes but the server's max_allowed_packet is" \
      "${PACKET}: as root run SET GLOBAL max_allowed_packet = 268435456 (or start the server with" \
      "--max-allowed-packet=256M), then restore again" >&2
    exit 1
  fi
fi

# MariaDB's dump (10.11.8 and later) opens with a "sandbox mode" line that MySQL's client refuses; it
# only guards against commands in a dump from an untrusted source, so it is dropped here.
dump_text | sed '1{/^\/\*M!999999\\- enable the sandbox mode \*\/ *$/d;}' | sql "$NAME"
echo "restore: ${FILE} restored into ${NAME} on ${HOST}:${PORT} ($(sql -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${NAME}'") tables)"
