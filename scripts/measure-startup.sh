#!/usr/bin/env bash
# Start-up time and resident memory of one app on the embedded default (prints figures, asserts none).
# Starts the app on a throw-away data dir (or --data DIR, kept) with the given JVM options, polls
# /actuator/health every 0.1 s, and prints the seconds from launch to UP (and the CPU seconds used by
# then, steadier than the clock on a shared machine), the resident memory
# (VmRSS) then, and again after N rounds of use, with the CPU seconds the rounds took: for the back-office a demo staff member signing in
# once, then the inbox and the demo request's page per round; for the bot /start and /menu through
# the chat simulator per round, as 20 different people. Then it stops the app.
#
# Usage: scripts/measure-startup.sh backoffice|bot [-n ROUNDS] [--data DIR] [--jar JAR] [JVM options...]
#   scripts/measure-startup.sh backoffice                       # built jar, no JVM option
#   scripts/measure-startup.sh bot -n 300 -Xmx128m -XX:+UseSerialGC
#   scripts/measure-startup.sh backoffice --run-options         # the JVM options scripts/run.sh uses
# --jar runs another jar (an extracted one: target/run/…); --run-options adds scripts/run.sh's own
# options and class-data archive (scripts/jvm-options.sh). The load average is printed with each figure:
# on a shared machine compare runs made one after the other, alternating.
set -euo pipefail
cd "$(dirname "$0")/.."

app=${1:?usage: scripts/measure-startup.sh backoffice|bot [-n ROUNDS] [--data DIR] [--jar JAR] [JVM options...]}
shift
case "$app" in
  backoffice) port=18880; jar=backoffice/target/kanoonyar-backoffice.jar ;;
  bot) port=18881; jar=bot/target/kanoonyar-bot.jar ;;
  *) echo "measure-startup: the app is backoffice or bot, not $app" >&2; exit 2 ;;
esac
rounds=200
data=""
opts=()
run_options=false
while [ $# -gt 0 ]; do
  case "$1" in
    -n) rounds=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --run-options) run_options=true; shift ;;
    *) opts+=("$1"); shift ;;
  esac
done
if $run_options; then
  # shellcheck source=scripts/jvm-options.sh
  . scripts/jvm-options.sh
  read -r -a run_opts <<<"$(jvm_options "$app")"
  opts=("${run_opts[@]}" "${opts[@]}")
  jar=$(app_jar "$app")
fi
[ -f "$jar" ] || { echo "measure-startup: $jar is missing; build first (mvn -DskipTests package)" >&2; exit 1; }

keep_data=true
if [ -z "$data" ]; then
  data=$(mktemp -d "${TMPDIR:-/tmp}/kanoonyar-measure.XXXXXX")
  keep_data=false
fi
mkdir -p "$data"
data=$(cd "$data" && pwd) # H2 refuses a relative database path
cookies=$(mktemp)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -f "$cookies"
  $keep_data || rm -rf "$data"
}
trap cleanup EXIT

# Resident memory in MiB, and how much of it is file pages (the jars, the class-data archive: shared
# with other processes mapping them and given back first under memory pressure).
rss_mib() { awk '/^VmRSS:/ { t = $2 } /^RssFile:/ { f = $2 } END { printf "%.0f (%.0f file)", t / 1024, f / 1024 }' "/proc/$1/status"; }
# CPU seconds the app has used (user + system): steadier than the wall clock on a shared machine.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/$1/stat"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }

started=$(now)
KANOONYAR_DATA_DIR="$data" BACKOFFICE_PORT=$port BOT_PORT=$port KANOONYAR_SIMULATOR_ENABLED=true \
  KANOONYAR_REMINDERS_ESCALATION_AT_START=0s \
  java "${opts[@]}" -jar "$jar" >"$data/$app.log" 2>&1 &
pid=$!
until curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "measure-startup: $app stopped; its log:" >&2; tail -40 "$data/$app.log" >&2; exit 1; }
  sleep 0.1
done
up=$(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
cpu_up=$(cpu_s "$pid")
rss_up=$(rss_mib "$pid")
load_up=$(load)

base="http://127.0.0.1:$port"
if [ "$rounds" -eq 0 ]; then
  : # start-up only (on MariaDB, say, where there is no demo staff member to sign in as)
elif [ "$app" = backoffice ]; then
  csrf=$(curl -fsS -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fsS -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$csrf" \
    --data-urlencode username=demo-county --data-urlencode password=kanoonyar-demo "$base/login"
  request=$(curl -fsS -b "$cookies" "$base/inbox" | grep -o 'href="/requests/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
  [ -n "$request" ] || { echo "measure-startup: the demo county's inbox shows no request" >&2; exit 1; }
  for _ in $(seq 1 "$rounds"); do
    curl -fsS -o /dev/null -b "$cookies" "$base/inbox"
    curl -fsS -o /dev/null -b "$cookies" "$base/requests/$request"
  done
else
  for i in $(seq 1 "$rounds"); do
    user=$((900000 + i % 20))
    for text in /start /menu; do
      curl -fsS -o /dev/null -H 'Content-Type: application/json' \
        -d "{\"userId\":$user,\"firstName\":\"سنجش\",\"kind\":\"text\",\"text\":\"$text\"}" "$base/simulator/api/messages"
    done
    curl -fsS -o /dev/null "$base/simulator/api/messages?userId=$user"
  done
fi
rss_used=$(rss_mib "$pid")
cpu_used=$(awk -v a="$cpu_up" -v b="$(cpu_s "$pid")" 'BEGIN { printf "%.1f", b - a }')

printf '%s: UP in %s s, %s s of CPU (load %s), RSS %s MiB at UP; %s rounds took %s s of CPU, RSS %s MiB then (load %s); options: %s\n' \
  "$app" "$up" "$cpu_up" "$load_up" "$rss_up" "$rounds" "$cpu_used" "$rss_used" "$(load)" "${opts[*]:-none}"
