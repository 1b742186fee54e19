#!/usr/bin/env bash
# The README's run command: the whole system on the embedded default. No token, no MySQL, no
# network: an H2 file database in ./data (shared by both apps), demo data, the back-office on
# :8080 and the bot with its chat simulator on :8081. Builds the jars first when they are missing
# or older than the sources. Ctrl-C stops both apps.
set -euo pipefail
cd "$(dirname "$0")/.."

BACKOFFICE_JAR=backoffice/target/kanoonyar-backoffice.jar
BOT_JAR=bot/target/kanoonyar-bot.jar
export KANOONYAR_DATA_DIR="${KANOONYAR_DATA_DIR:-$PWD/data}"
mkdir -p "$KANOONYAR_DATA_DIR"

stale() {
  [ ! -f "$1" ] || [ -n "$(find db/src bot/src backoffice/src pom.xml db/pom.xml bot/pom.xml backoffice/pom.xml \
      -newer "$1" -type f -print -quit)" ]
}
if stale "$BACKOFFICE_JAR" || stale "$BOT_JAR"; then
  echo "run: building (first run only, or after a change)..."
  mvn -B -q -ntp -DskipTests package
fi

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

wait_healthy() {
  local name=$1 port=$2 pid=$3
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:${port}/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "run: $name stopped; see $KANOONYAR_DATA_DIR/$name.log" >&2; return 1; }
    sleep 0.5
  done
  echo "run: $name not healthy after 60 s; see $KANOONYAR_DATA_DIR/$name.log" >&2
  return 1
}

started=$(date +%s)
# The back-office migrates the database first; the bot then finds it up to date.
java -jar "$BACKOFFICE_JAR" >"$KANOONYAR_DATA_DIR/backoffice.log" 2>&1 &
pids+=($!)
wait_healthy backoffice 8080 "${pids[0]}"
java -jar "$BOT_JAR" >"$KANOONYAR_DATA_DIR/bot.log" 2>&1 &
pids+=($!)
wait_healthy bot 8081 "${pids[1]}"

cat <<MSG
run: both apps are up in $(( $(date +%s) - started )) s (health UP)
  back-office   http://localhost:8080   demo-national / demo-province / demo-county, password kanoonyar-demo
  bot           http://localhost:8081   (health: /actuator/health)
  data and logs $KANOONYAR_DATA_DIR
Ctrl-C stops both.
MSG
wait
