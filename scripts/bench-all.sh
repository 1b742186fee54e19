#!/usr/bin/env bash
# Every benchmark in turn, then one table of their figures: figure | now | goal | ratio to the floor
# (the bare echo bot for the bot's replies, the limit for the outbox, the offered rate for the open
# loop). Prints figures and asserts none; each part's whole output is kept in the log directory.
#
# Usage: scripts/bench-all.sh [--quick] [--only a,b] [--skip a,b] [--rate PAGES_PER_S] [--logs DIR] [-- -Dx=y ...]
#        scripts/bench-all.sh --table DIR      # the table again from an earlier run's logs, running nothing
# Parts, in this order: bench backoffice backoffice-open outbox broadcast inbox indicators dashboard
#   retention startup (startup = scripts/measure-startup.sh for the back-office and the bot, on the jars
#   built by `mvn -DskipTests package`, with scripts/run.sh's options; built first if they are missing).
# --quick: 10 s of load instead of 30, smaller outbox, broadcast and retention runs, 50 rounds of use
#   after start-up, and no indicators part (its seed and roll-up take minutes: the dashboard then runs on
#   the database an earlier run of scripts/bench-indicators.sh left, or is skipped if there is none).
# --rate: the open loop's offered rate (default 300 pages/s, the goal's rate).
# After --: Maven arguments added to every benchmark's command (not to start-up), e.g. -Dbench.seed=false.
# The back-office parts use KANOONYAR_BENCH_DB_NAME like scripts/bench-backoffice.sh (seeded once).
# On a shared machine the load average moves the figures more than most changes: it is printed with them.
set -euo pipefail
cd "$(dirname "$0")/.."

all_parts=(bench backoffice backoffice-open outbox broadcast inbox indicators dashboard retention startup)
only="" skip="" quick=false rate=300 logs="" table_only="" extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true; shift ;;
    --only) only=$2; shift 2 ;;
    --skip) skip=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --logs) logs=$2; shift 2 ;;
    --table) table_only=$2; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "bench-all: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for part in ${only//,/ } ${skip//,/ }; do
  case " ${all_parts[*]} " in *" $part "*) ;; *) echo "bench-all: no part named $part (${all_parts[*]})" >&2; exit 2 ;; esac
done

wanted() {
  local part=$1
  if [ -n "$only" ]; then [[ ",$only," == *",$part,"* ]] || return 1; fi
  [[ ",$skip," != *",$part,"* ]] || return 1
  if $quick && [ -z "$only" ] && [ "$part" = indicators ]; then return 1; fi
  return 0
}

seconds=30 outbox=() broadcast=() retention=() rounds=200
if $quick; then
  seconds=10 rounds=50
  outbox=(-Dbench.slowRows=300 -Dbench.fastRows=5000)
  broadcast=(-Dbench.runs=1)
  retention=(-Dbench.oldRows=100000 -Dbench.recentRows=40000)
fi

# One part: its script's output goes to DIR/PART.log (and the terminal), with the load average around it.
run_part() {
  local part=$1; shift
  local log="$logs/$part.log"
  if [ "$part" != startup ]; then set -- "$@" "${extra[@]}"; fi
  echo "=== bench-all: $part: $* (load $(cut -d' ' -f1-3 /proc/loadavg)) ==="
  {
    echo "LOAD before $(cut -d' ' -f1-3 /proc/loadavg)"
    "$@" 2>&1 || echo "FAILED with status $?"
    echo "LOAD after $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee "$log"
}

# -o: Maven offline, as the project's builds run (~/.m2 already holds everything).
run_benchmarks() {
  wanted bench && run_part bench scripts/bench.sh -o
  wanted backoffice && run_part backoffice scripts/bench-backoffice.sh -o "-Dbench.seconds=$seconds"
  wanted backoffice-open && run_part backoffice-open scripts/bench-backoffice.sh -o "-Dbench.seconds=$seconds" \
    "-Dbench.rate=$rate"
  wanted outbox && run_part outbox scripts/bench-outbox.sh -o "${outbox[@]}"
  wanted broadcast && run_part broadcast scripts/bench-broadcast.sh -o "${broadcast[@]}"
  wanted inbox && run_part inbox scripts/bench-inbox.sh -o "-Dbench.seconds=$seconds"
  wanted indicators && run_part indicators scripts/bench-indicators.sh -o
  if wanted dashboard; then
    if wanted indicators || indicators_seeded; then
      run_part dashboard scripts/bench-dashboard.sh -o "-Dbench.seconds=$seconds"
    else
      echo "=== bench-all: dashboard skipped: no seeded kanoonyar_test_bench_indicators (run without --quick) ==="
    fi
  fi
  wanted retention && run_part retention scripts/bench-retention.sh -o "${retention[@]}"
  if wanted startup; then
    settle
    if [ ! -f backoffice/target/kanoonyar-backoffice.jar ] || [ ! -f bot/target/kanoonyar-bot.jar ]; then
      echo "=== bench-all: building the jars for start-up ==="
      mvn -B -q -ntp -o -DskipTests package
    fi
    run_part startup bash -c "scripts/measure-startup.sh backoffice --run-options -n $rounds \
      && scripts/measure-startup.sh bot --run-options -n $rounds"
  fi
  return 0
}

# Waits (at most 2 minutes) until the machine's CPUs are at least 90 % idle over 2 seconds: start-up is
# timed by the clock, and MariaDB purges the retention part's million deleted rows for a while after it
# (the load average lags behind and cannot tell).
settle() {
  local i busy
  for i in $(seq 1 60); do
    busy=$(cpu_busy)
    if [ "$busy" -le 10 ]; then
      echo "=== bench-all: the CPUs are ${busy} % busy; going on ==="
      return 0
    fi
  done
  echo "=== bench-all: the CPUs are still ${busy} % busy after 2 minutes; going on ==="
}

# The share of CPU time not idle (nor waiting for I/O) over the next 2 seconds, in per cent.
cpu_busy() {
  local a b c d e f g h t1 i1 t2 i2
  read -r _ a b c d e f g h _ < /proc/stat; t1=$((a + b + c + d + e + f + g + h)); i1=$((d + e))
  sleep 2
  read -r _ a b c d e f g h _ < /proc/stat; t2=$((a + b + c + d + e + f + g + h)); i2=$((d + e))
  echo $(( 100 - 100 * (i2 - i1) / (t2 - t1 > 0 ? t2 - t1 : 1) ))
}

indicators_seeded() {
  KANOONYAR_TEST_DB_NAME=kanoonyar_test_bench_indicators scripts/test-database.sh >/dev/null 2>&1 || return 1
  mysql -h 127.0.0.1 -u "${KANOONYAR_TEST_DB_USER:-kanoonyar_test}" -p"${KANOONYAR_TEST_DB_PASSWORD:-kanoonyar_test}" \
    -N -e "SELECT COUNT(*) FROM kanoonyar_test_bench_indicators.activity_report" 2>/dev/null | grep -qv '^0$'
}

# ---- the table: each part's lines as its script prints them today (the grep -E filter in each script) ----

rows=() # "figure|now|goal|ratio"
row() { rows+=("$1|$2|$3|$4"); }
# The number after a label in a line: num LINE 'p95' → 12.3 (after the label's last occurrence).
num() { sed -E -n "s/.*$2[^0-9]*([0-9][0-9,]*(\.[0-9]+)?).*/\1/p" <<<"$1" | head -1 | tr -d ,; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
# met|missed when a comparison holds, for the goal column.
verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo missed; fi; }
first() { grep -E -m1 "$2" "$1" 2>/dev/null || true; }
result() { sed -E -n "s/^RESULT $2=([0-9.]+) .*/\1/p" "$1" | tail -1; }
failed() { grep -q '^FAILED\|\[ERROR\]' "$1" 2>/dev/null; }
load_of() { sed -n 's/^LOAD after //p' "$1" | head -1; }

# The CPU a part's measured window cost per unit of work, from its "cpu per …" line (testsupport/CpuUse):
# the app's own threads, this whole JVM (the app and the benchmark's clients) and MariaDB.
cpu_row() {
  local log=$1 pattern=$2 label=$3 line jvm app db
  line=$(first "$log" "$pattern")
  [ -n "$line" ] || return 0
  jvm=$(sed -E -n 's/.*this JVM ([0-9.]+) ms.*/\1/p' <<<"$line")
  app=$(sed -E -n 's/.*app.s threads \([^)]*\) ([0-9.]+) ms.*/\1/p' <<<"$line")
  db=$(sed -E -n 's/.*MariaDB ([0-9.]+) ms.*/\1/p' <<<"$line")
  row "$label: CPU ms the app's threads / this JVM (with the clients) / MariaDB" "${app:-?} / ${jvm:-?} / ${db:-?}" "—" "—"
}

table_bench() {
  local log=$1 echo_line kan_line ratio
  echo_line=$(first "$log" '^echo bot')
  kan_line=$(first "$log" '^kanoonyar')
  [ -n "$echo_line" ] && [ -n "$kan_line" ] || return 0
  local e k e50 k50 e99 k99
  e=$(sed -E -n 's/.* ([0-9.]+) updates\/s.*/\1/p' <<<"$echo_line") k=$(sed -E -n 's/.* ([0-9.]+) updates\/s.*/\1/p' <<<"$kan_line")
  e50=$(num "$echo_line" 'p50') k50=$(num "$kan_line" 'p50')
  e99=$(num "$echo_line" 'p99') k99=$(num "$kan_line" 'p99')
  ratio=$(calc %.2f "$k / $e")
  row "bench.sh: registration updates/s (echo bot $e)" "$k" "≥ 0.6 × echo ($(verdict "$ratio >= 0.6"))" "$ratio"
  ratio=$(calc %.1f "$k50 / $e50")
  row "the same, update → reply p50 (echo $e50 ms)" "$k50 ms" "≤ 1.5 × echo ($(verdict "$k50 <= 1.5 * $e50"))" "${ratio}×"
  ratio=$(calc %.1f "$k99 / $e99")
  row "the same, update → reply p99 (echo $e99 ms)" "$k99 ms" "≤ echo ($(verdict "$k99 <= $e99"))" "${ratio}×"
  cpu_row "$log" 'cpu per echo update' "the same, per echo update"
  cpu_row "$log" 'cpu per update' "the same, per registration update"
}

table_backoffice() {
  local log=$1 pages inbox request
  pages=$(result "$log" backoffice.closed.pages)
  if [ -z "$pages" ]; then # before the RESULT lines: the lines the script printed then
    pages=$(num "$(first "$log" '^all pages:')" 'pages:')
    inbox=$(num "$(first "$log" '^inbox page')" 'p95') request=$(num "$(first "$log" '^request page')" 'p95')
  else
    inbox=$(result "$log" backoffice.closed.inbox.p95) request=$(result "$log" backoffice.closed.request.p95)
  fi
  [ -n "$pages" ] || return 0
  row "back-office, 1M requests, 20 staff closed loop: inbox / request p95" "$inbox / $request ms" "—" "—"
  row "the same, pages/s in all" "$pages" "—" "—"
  cpu_row "$log" 'cpu per page' "the same, per page"
}

table_backoffice_open() {
  local log=$1 offered achieved p50 p95 p99 failures
  offered=$(result "$log" backoffice.open.offered)
  [ -n "$offered" ] || return 0
  achieved=$(result "$log" backoffice.open.achieved) p50=$(result "$log" backoffice.open.p50)
  p95=$(result "$log" backoffice.open.p95) p99=$(result "$log" backoffice.open.p99)
  failures=$(result "$log" backoffice.open.failed)
  row "open loop at ${offered%.0} pages/s offered: p50 / p95 / p99 from the intended send" "$p50 / $p95 / $p99 ms" \
    "p95 < 50 ms at 300 pages/s ($(verdict "$p95 < 50 && $offered >= 300"))" "—"
  row "the same, achieved pages/s (${failures%.0} failed)" "$achieved" "= offered" "$(calc %.2f "$achieved / $offered")"
  cpu_row "$log" 'cpu per page' "the same, per page"
}

table_outbox() {
  local log=$1 line limit rate p95
  while read -r line; do
    limit=$(num "$line" '^limit') rate=$(sed -E -n 's/.*= *([0-9.]+) msg\/s.*/\1/p' <<<"$line")
    p95=$(sed -E -n 's/.*replies during it \([0-9]+\) p50 *[0-9.]+ ms p95 *([0-9.]+) ms.*/\1/p' <<<"$line")
    [ -n "$rate" ] || continue
    row "outbox at a limit of $limit msg/s: delivered msg/s (replies during it p95 ${p95:-?} ms)" "$rate" "= limit" \
      "$(calc %.2f "$rate / $limit")"
  done < <(grep -E '^limit ' "$log" 2>/dev/null || true)
}

table_broadcast() {
  local log=$1 pause resume enqueue
  pause=$(grep -E '^=== run' "$log" 2>/dev/null | sed -E -n 's/.*pause waits ([0-9.]+) s.*/\1/p' | sort -g | tail -1)
  resume=$(grep -E '^=== run' "$log" 2>/dev/null | sed -E -n 's/.*resume waits ([0-9.]+) s.*/\1/p' | sort -g | tail -1)
  enqueue=$(grep -E '^=== run' "$log" 2>/dev/null | sed -E -n 's/.*enqueue [0-9,]+ rows in ([0-9.]+) s.*/\1/p' | sort -g | tail -1)
  [ -n "$pause" ] || return 0
  row "broadcast of 100,000: pause / resume, what staff wait for (slowest run)" \
    "$(calc %.0f "$pause * 1000") / $(calc %.0f "$resume * 1000") ms" \
    "< 200 ms ($(verdict "$pause < 0.2 && $resume < 0.2"))" "—"
  row "the same, enqueue (slowest run)" "$enqueue s" "—" "—"
}

table_inbox() {
  local log=$1 all search
  all=$(num "$(first "$log" '^all requests')" 'p95') search=$(num "$(first "$log" '^search')" 'p95')
  [ -n "$all" ] || return 0
  row "inbox views, 20 staff: all requests / search p95" "$all / $search ms" \
    "< 100 ms ($(verdict "$all < 100 && $search < 100"))" "—"
  cpu_row "$log" 'cpu per page' "the same, per page"
}

table_indicators() {
  local log=$1 rollup
  rollup=$(grep -E '^=== run' "$log" 2>/dev/null | sed -E -n 's/.*roll-up of two months ([0-9.]+) s.*/\1/p' | tail -1)
  [ -n "$rollup" ] || return 0
  row "indicators: nightly roll-up of two months, 2M reports (last run)" "$rollup s" "—" "—"
}

table_dashboard() {
  local log=$1 national province all
  national=$(num "$(first "$log" '^national +both')" 'p95') province=$(num "$(first "$log" '^province +both')" 'p95')
  all=$(num "$(first "$log" '^all pages')" 'p95')
  [ -n "$all" ] || return 0
  row "dashboard, 20 staff: national / province p95" "$national / $province ms" \
    "< 150 ms ($(verdict "$national < 150 && $province < 150"))" "—"
  cpu_row "$log" 'cpu per page' "the same, per page"
}

table_retention() {
  local log=$1 line
  line=$(first "$log" '^=== first run')
  [ -n "$line" ] || return 0
  row "retention: first nightly clean-up, rows deleted/s" "$(sed -E -n 's/.*\(([0-9,]+) rows\/s\).*/\1/p' <<<"$line")" "—" "—"
}

table_startup() {
  local log=$1 app line up rss
  for app in backoffice bot; do
    line=$(first "$log" "^$app: UP in")
    [ -n "$line" ] || continue
    up=$(num "$line" 'UP in') rss=$(sed -E -n 's/.*RSS ([0-9]+)( \([0-9]+ file\))? MiB then.*/\1/p' <<<"$line")
    row "$app: start to healthy (embedded default, run options)" "$up s" "< 6 s ($(verdict "$up < 6"))" "—"
    row "$app: resident memory after the rounds of use" "$rss MiB" "< 300 MiB ($(verdict "$rss < 300"))" "—"
  done
}

print_table() {
  local dir=$1 part log
  for part in "${all_parts[@]}"; do
    log="$dir/$part.log"
    [ -f "$log" ] || continue
    local before=${#rows[@]}
    "table_${part//-/_}" "$log" || true
    if [ "${#rows[@]}" -eq "$before" ]; then
      row "$part: no figures (see $log)" "—" "—" "—"
    elif failed "$log"; then
      row "$part: failed part way (see $log)" "—" "—" "—"
    fi
  done
  echo
  echo "=== bench-all: $(nproc) cores, logs in $dir, load average now $(cut -d' ' -f1-3 /proc/loadavg) ==="
  echo
  echo "| figure | now | goal | ratio to the floor |"
  echo "|---|---|---|---|"
  local r
  for r in "${rows[@]}"; do echo "| ${r//|/ | } |"; done
  echo
  echo "Load average (1, 5, 15 min) before → after each part:"
  for part in "${all_parts[@]}"; do
    log="$dir/$part.log"
    [ -f "$log" ] && echo "  $part: $(sed -n 's/^LOAD before //p' "$log" | head -1) → $(load_of "$log")"
  done
  return 0
}

if [ -n "$table_only" ]; then
  print_table "$table_only"
  exit 0
fi
logs=${logs:-target/bench-all/$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$logs"
run_benchmarks
print_table "$logs"
