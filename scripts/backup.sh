#!/usr/bin/env bash
# Dumps a Kanoonyar database (MySQL 8 or MariaDB) into one SQL file: every table, attachments,
# training and broadcast media, staff accounts, sessions and Quartz's tables included, since the apps
# keep everything in the database. One consistent snapshot (--single-transaction: InnoDB, no lock on
# the running apps), binary columns as hex (--hex-blob), utf8mb4 throughout. The dump has no
# CREATE DATABASE, so it restores under any name (scripts/restore.sh).
#
#   scripts/backup.sh [FILE]        FILE ending in .gz is compressed; "-" writes to standard output;
#                                   default kanoonyar-<UTC date and time>.sql.gz in the current folder
#
# Settings (environment): KANOONYAR_DB_HOST (127.0.0.1), KANOONYAR_DB_PORT (3306),
# KANOONYAR_DB_USER (kanoonyar), KANOONYAR_DB_PASSWORD (none), KANOONYAR_DB_NAME (kanoonyar).
set -euo pipefail

HOST="${KANOONYAR_DB_HOST:-127.0.0.1}"
PORT="${KANOONYAR_DB_PORT:-3306}"
USER_NAME="${KANOONYAR_DB_USER:-kanoonyar}"
NAME="${KANOONYAR_DB_NAME:-kanoonyar}"
FILE="${1:-kanoonyar-$(date -u +%Y%m%d-%H%M%S).sql.gz}"

DUMP="$(command -v mariadb-dump || command -v mysqldump || true)"
[ -n "$DUMP" ] || { echo "backup: neither mariadb-dump nor mysqldump is installed" >&2; exit 1; }

# The password goes in a file only we can read, never on the command line (ps would show it).
CLIENT_CONFIG="$(mktemp)"
trap 'rm -f "$CLIENT_CONFIG" "${PARTIAL:-}"' EXIT
chmod 600 "$CLIENT_CONFIG"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$HOST" "$PORT" "$USER_NAME" \
  "${KANOONYAR_DB_PASSWORD:-}" > "$CLIENT_CONFIG"

# --quick streams rows instead of holding a table in memory; --no-tablespaces spares the PROCESS
# privilege MySQL 8 asks for otherwise; --max-allowed-packet lifts the client's own limit on a row
# (an attachment of up to 10 MB).
OPTIONS=(--single-transaction --quick --routines --triggers --hex-blob --default-character-set=utf8mb4
  --no-tablespaces --max-allowed-packet=1G)
# MySQL's own client writes GTID lines a restore into another server would trip over.
if "$DUMP" --help 2>/dev/null | grep -q -- '--set-gtid-purged'; then
  OPTIONS+=(--set-gtid-purged=OFF)
fi

dump() {
  "$DUMP" --defaults-extra-file="$CLIENT_CONFIG" "${OPTIONS[@]}" "$NAME"
}

if [ "$FILE" = "-" ]; then
  dump
  exit 0
fi

# Written aside and moved into place only when complete: a failed dump never looks like a good one.
PARTIAL="$FILE.partial"
case "$FILE" in
  *.gz) dump | gzip -c > "$PARTIAL" ;;
  *) dump > "$PARTIAL" ;;
esac
mv "$PARTIAL" "$FILE"
echo "backup: ${NAME} on ${HOST}:${PORT} written to ${FILE} ($(wc -c < "$FILE") bytes)"
