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
# The chat simulator lets anyone speak as anyone: it belongs to this embedded default only (the bot
# logs a warning when it is on). docker-compose.yml and the Dockerfiles never turn it on.
export KANOONYAR_SIMULATOR_ENABLED="${KANOONYAR_SIMULATOR_ENABLED:-true}"
# The dashboards read only the indicators' summaries: roll them up once shortly after start-up too.
export KANOONYAR_INDICATORS_ROLLUP_AT_START="${KANOONYAR_INDICATORS_ROLLUP_AT_START:-30s}"
mkdir -p "$KANOONYAR_DATA_DIR"

# Boot's reproducible jars carry a fixed timestamp, so a stamp file records when we last built.
STAMP=backoffice/target/.run-built
stale() {
  [ ! -f "$BACKOFFICE_JAR" ] || [ ! -f "$BOT_JAR" ] || [ ! -f "$STAMP" ] || [ -n "$(find db/src bot/src \
      backoffice/src pom.xml db/pom.xml bot/pom.xml backoffice/pom.xml -newer "$STAMP" -type f -print -quit)" ]
}
if stale; then
  echo "run: building (first run only, or after a change)..."
  mvn -B -q -ntp -DskipTests package
  touch "$STAMP"
fi

# Heap, collector and class-data archive (scripts/jvm-options.sh; README, "Start-up and memory"). The
# archive is made once after each build, and again when the JVM changes; without it the apps start
# as before, only slower.
# shellcheck source=scripts/jvm-options.sh
. scripts/jvm-options.sh
java_version=$(java -version 2>&1)
for app in backoffice bot; do
  if [ ! -f "$KANOONYAR_RUN_DIR/$app.jsa" ] || [ "$app/target/kanoonyar-$app.jar" -nt "$KANOONYAR_RUN_DIR/$app.jsa" ] \
      || [ "$(cat "$KANOONYAR_RUN_DIR/java-version" 2>/dev/null)" != "$java_version" ]; then
    echo "run: training $app's class-data archive (after a build only, about half a minute)..."
    train_class_data "$app"
  fi
done
echo "$java_version" >"$KANOONYAR_RUN_DIR/java-version"

BACKOFFICE_PORT="${BACKOFFICE_PORT:-8080}"
BOT_PORT="${BOT_PORT:-8081}"
# The address licence QR codes, certificates and links point to follows the port the back-office
# runs on here (a demo on another port prints working codes), unless it is set explicitly.
KANOONYAR_PUBLIC_URL="${KANOONYAR_PUBLIC_URL:-http://localhost:${BACKOFFICE_PORT}}"
export BACKOFFICE_PORT BOT_PORT KANOONYAR_PUBLIC_URL
for port in "$BACKOFFICE_PORT" "$BOT_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "run: port $port is already in use (is Kanoonyar running already?)" >&2
    exit 1
  fi
done

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
# shellcheck disable=SC2046 # the options are words on purpose
java $(jvm_options backoffice) -jar "$(app_jar backoffice)" >"$KANOONYAR_DATA_DIR/backoffice.log" 2>&1 &
pids+=($!)
wait_healthy backoffice "$BACKOFFICE_PORT" "${pids[0]}"
# shellcheck disable=SC2046
java $(jvm_options bot) -jar "$(app_jar bot)" >"$KANOONYAR_DATA_DIR/bot.log" 2>&1 &
pids+=($!)
wait_healthy bot "$BOT_PORT" "${pids[1]}"

cat <<MSG
run: both apps are up in $(( $(date +%s) - started )) s (health UP)
  back-office   http://localhost:${BACKOFFICE_PORT}   demo-national / demo-province / demo-county, password kanoonyar-demo
  bot           http://localhost:${BOT_PORT}/simulator   the chat simulator (health: /actuator/health)
  public address ${KANOONYAR_PUBLIC_URL}   what licence QR codes and certificates point to
  data and logs $KANOONYAR_DATA_DIR
Ctrl-C stops both.
MSG
wait
