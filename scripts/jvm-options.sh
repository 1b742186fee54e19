# shellcheck shell=bash
# The JVM settings scripts/run.sh starts the apps with, and their class-data archive (sourced by
# scripts/run.sh and scripts/measure-startup.sh; the Dockerfiles hold the same but the last one).
# Measured on 2 cores (README, "Start-up and memory"): the heap is capped rather than a quarter of
# the machine's memory (about 55 MiB live after start); the serial collector suits a heap this size
# on 2 cores and keeps G1's bookkeeping out of resident memory; the class-data archive made by a
# training run spares loading and verifying most classes at each start; and on this embedded
# default the JIT stops at C1 (TieredStopAtLevel=1): C2 compiling while the app starts took half its
# CPU, and the first 800 staff pages cost less CPU without it. Production (the Dockerfiles) keeps
# C2 for the peak.

# Heap cap per app: the bot keeps up to 128 MiB of the simulator's files in memory when it is on.
KANOONYAR_HEAP_BACKOFFICE="${KANOONYAR_HEAP_BACKOFFICE:-256m}"
KANOONYAR_HEAP_BOT="${KANOONYAR_HEAP_BOT:-256m}"
# The heap's shape (measured, README "Start-up and memory"): a 24 MiB young generation, since every page
# of eden is touched between two collections and the serial collector's default gives it a third of
# the heap; a 96 MiB start (initial_heap below) so the old generation holds the ~55 MiB live after
# start without the dozen full collections of growing from 8 MiB; after a full collection it is
# resized to keep 20–40 % free rather than 40–70 %; metaspace starts at 64 MiB so start-up triggers no
# full collection for it.
KANOONYAR_HEAP_SHAPE="-Xmn24m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MetaspaceSize=64m"
# glibc's malloc keeps up to 8 arenas per core for the JVM's native threads; two are enough here.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# Extracted jars (Boot's CDS-friendly layout: the application jar and lib/) and their archives.
KANOONYAR_RUN_DIR="${KANOONYAR_RUN_DIR:-target/run}"

# The heap's start: 96 MiB, or the whole cap when that is smaller (the JVM refuses -Xms above -Xmx).
initial_heap() {
  local heap=$1 mib
  case "$heap" in
    *[gG]) mib=$(( ${heap%?} * 1024 )) ;;
    *[mM]) mib=${heap%?} ;;
    *) mib=0 ;;
  esac
  if [ "$mib" -ge 96 ]; then echo 96m; else echo "$heap"; fi
}

# The extracted application jar when it is there, else the built jar.
app_jar() {
  local app=$1
  if [ -f "$KANOONYAR_RUN_DIR/$app/kanoonyar-$app.jar" ]; then
    echo "$KANOONYAR_RUN_DIR/$app/kanoonyar-$app.jar"
  else
    echo "$app/target/kanoonyar-$app.jar"
  fi
}

jvm_options() {
  local app=$1 heap
  if [ "$app" = bot ]; then heap=$KANOONYAR_HEAP_BOT; else heap=$KANOONYAR_HEAP_BACKOFFICE; fi
  local options="-Xms$(initial_heap "$heap") $KANOONYAR_HEAP_SHAPE -Xmx$heap -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
  # The archive only fits the extracted jar it was trained on; without it the JVM starts as usual.
  # -Xlog keeps a stale archive's complaint out of the log: the JVM then just loads classes itself.
  if [ -f "$KANOONYAR_RUN_DIR/$app.jsa" ] && [ -f "$KANOONYAR_RUN_DIR/$app/kanoonyar-$app.jar" ]; then
    options="$options -XX:SharedArchiveFile=$KANOONYAR_RUN_DIR/$app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
  echo "$options"
}

# Extracts an app's jar and makes its class-data archive with a training run: the app starts on a
# throw-away H2 data dir (Flyway migrates it, no network) and exits as soon as its context is
# refreshed, before the web server, Quartz or the bot's pollers start. Prints one line; a failure
# leaves no archive (the app then starts without one).
train_class_data() {
  local app=$1 data
  rm -rf "${KANOONYAR_RUN_DIR:?}/$app" "$KANOONYAR_RUN_DIR/$app.jsa"
  mkdir -p "$KANOONYAR_RUN_DIR"
  if ! java -Djarmode=tools -jar "$app/target/kanoonyar-$app.jar" extract --destination "$KANOONYAR_RUN_DIR/$app" \
      >"$KANOONYAR_RUN_DIR/$app-training.log" 2>&1; then
    rm -rf "${KANOONYAR_RUN_DIR:?}/$app"
    echo "run: could not extract $app's jar (see $KANOONYAR_RUN_DIR/$app-training.log); it starts from the jar" >&2
    return 0
  fi
  data=$(mktemp -d)
  if env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
      -u TELEGRAM_BOT_TOKEN -u BALE_BOT_TOKEN KANOONYAR_DATA_DIR="$data" \
      java -Xmx"$([ "$app" = bot ] && echo "$KANOONYAR_HEAP_BOT" || echo "$KANOONYAR_HEAP_BACKOFFICE")" \
      -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$KANOONYAR_RUN_DIR/$app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$KANOONYAR_RUN_DIR/$app/kanoonyar-$app.jar" >>"$KANOONYAR_RUN_DIR/$app-training.log" 2>&1; then
    echo "run: class-data archive for $app made ($KANOONYAR_RUN_DIR/$app.jsa)"
  else
    rm -f "$KANOONYAR_RUN_DIR/$app.jsa"
    echo "run: no class-data archive for $app (see $KANOONYAR_RUN_DIR/$app-training.log); it starts without" >&2
  fi
  rm -rf "$data"
}
