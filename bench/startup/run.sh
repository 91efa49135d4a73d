#!/usr/bin/env bash
# Start-up and footprint benchmark (not a test): `./emporium up` on a built tree until every service is ready,
#   first — the first `up` after a build: a fresh data folder and no AOT caches (.emporium/ removed, only the build
#           stamp kept, so nothing is rebuilt): services start without caches, and the supervisor then trains them
#           in the background; the run waits for those trainings (reported, with their times) before its `down`;
#   cold  — a fresh data folder (.emporium/ removed but the build stamp and the AOT caches kept: they belong to the
#           build, not to the data), and
#   warm  — a second `up` on the data the cold run left (after a `down`);
# for each: the wall time of `up`, each service's time to ready (from the launcher's own lines), and, after
# IDLE seconds at idle, the memory of every process of THIS tree's platform (found through .emporium/run/*.pid,
# PostgreSQL's and Redis's pid files and their descendants — never by name, other trees may run platforms too):
# RSS per process and the total, and PSS (shared pages split between the processes sharing them, so PostgreSQL's
# shared buffers count once) from /proc/<pid>/smaps_rollup, and the CPU seconds each has used since it started
# (at idle that is nearly all start-up work: on a loaded machine, a better measure of start-up cost than wall time).
# Leaves the platform down. The load average is printed next to every number.
# Usage: bench/startup/run.sh [runs=cold,warm; any of first,cold,warm] [idle seconds=30]
#   EMPORIUM_SERVICE_JAVA_OPTS and the other launcher variables pass through (to compare JVM settings).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DATA="$ROOT/.emporium"
RUNS=${1:-cold,warm}
IDLE=${2:-30}
OUT_DIR="$ROOT/bench/results"
mkdir -p "$OUT_DIR"
STAMP_SAVE=$(mktemp)
AOT_SAVE=$(mktemp -d)
trap 'rm -rf "$STAMP_SAVE" "$AOT_SAVE"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Every pid of the running platform: the pid files' processes and all their descendants.
platform_pids() {
  local roots=() f pid
  for f in "$DATA"/run/*.pid "$DATA/pg/postmaster.pid" "$DATA/redis/redis.pid"; do
    [[ -f $f ]] || continue
    pid=$(head -1 "$f" | tr -dc 0-9)
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && roots+=("$pid")
  done
  ((${#roots[@]})) || return 0
  ps -e -o pid=,ppid= | awk -v roots="${roots[*]}" '
    BEGIN { n = split(roots, r, " "); for (i = 1; i <= n; i++) keep[r[i]] = 1 }
    { parent[$1] = $2; pids[NR] = $1 }
    END {
      changed = 1
      while (changed) { changed = 0; for (i in pids) { p = pids[i]; if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 } } }
      for (p in keep) print p
    }' | sort -n
}

# A readable name for one process: the launcher marker, else the program.
process_name() {
  local pid=$1 args
  args=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
  if [[ $args =~ -Demporium\.process=([a-z_]+) ]]; then
    echo "${BASH_REMATCH[1]}"
  elif [[ $args == *postgres* ]]; then
    echo postgres
  elif [[ $args == *redis* ]]; then
    echo redis
  else
    basename "$(awk '{print $1}' <<<"$args")"
  fi
}

memory_report() {
  local pid name rss pss cpu tick
  tick=$(getconf CLK_TCK)
  declare -A RSS PSS COUNT CPU
  for pid in $(platform_pids); do
    name=$(process_name "$pid")
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    RSS[$name]=$((${RSS[$name]:-0} + ${rss:-0}))
    PSS[$name]=$((${PSS[$name]:-0} + ${pss:-0}))
    COUNT[$name]=$((${COUNT[$name]:-0} + 1))
    # utime + stime (fields 14, 15 after the command name), in clock ticks
    cpu=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)
    CPU[$name]=$((${CPU[$name]:-0} + ${cpu:-0}))
  done
  local total_rss=0 total_pss=0 total_cpu=0 procs=0
  printf '  %-12s %5s %9s %9s %8s\n' process count "RSS MiB" "PSS MiB" "CPU s"
  for name in $(printf '%s\n' "${!RSS[@]}" | sort); do
    printf '  %-12s %5d %9d %9d %8.1f\n' "$name" "${COUNT[$name]}" $((RSS[$name] / 1024)) $((PSS[$name] / 1024)) \
      "$(bc -l <<<"${CPU[$name]} / $tick")"
    total_rss=$((total_rss + RSS[$name]))
    total_pss=$((total_pss + PSS[$name]))
    total_cpu=$((total_cpu + CPU[$name]))
    procs=$((procs + COUNT[$name]))
  done
  printf '  %-12s %5d %9d %9d %8.1f   (%.2f GiB RSS, %.2f GiB PSS)\n' TOTAL "$procs" $((total_rss / 1024)) \
    $((total_pss / 1024)) "$(bc -l <<<"$total_cpu / $tick")" "$(bc -l <<<"$total_rss / 1048576")" \
    "$(bc -l <<<"$total_pss / 1048576")"
}

# The supervisor trains the missing AOT caches in the background after a first `up`: wait for it (at most 30 min),
# then print its lines ("AOT cache of <name> written in X s").
await_training() {
  local log="$DATA/logs/supervisor.log" started listed done_count
  started=$(date +%s)
  while (($(date +%s) - started < 1800)); do
    listed=$(grep -oE 'AOT caches to train for the next start: [a-z_, ]+' "$log" 2>/dev/null | head -1 |
      sed 's/.*start: //' | tr ',' '\n' | grep -c . || true)
    done_count=$({ grep -E 'AOT cache of [a-z_]+ written|AOT training of [a-z_]+ (failed|could not|took)' "$log" || true; } | wc -l)
    if ((listed > 0 && done_count >= listed)); then break; fi
    sleep 5
  done
  printf '  background AOT training: %d of %d caches done %d s after the memory report (load average %s)\n' \
    "$done_count" "$listed" $(($(date +%s) - started)) "$(load)"
  { grep -E 'AOT cache of [a-z_]+ written in|AOT training of' "$log" || true; } |
    sed -E 's/^.*\[supervisor\] /    /'
}

one_run() {
  local kind=$1 log started elapsed
  log="$OUT_DIR/startup-$kind-$(date -u +%Y%m%dT%H%M%S).log"
  echo "== $kind run: $(date -u +%FT%TZ), load average before $(load), $(nproc) cores"
  started=$(date +%s.%N)
  if ! ./emporium up >"$log" 2>&1; then
    echo "  up FAILED; its output ($log):"
    tail -40 "$log" | sed 's/^/    /'
    ./emporium down >/dev/null 2>&1 || true
    return 1
  fi
  elapsed=$(bc -l <<<"$(date +%s.%N) - $started")
  printf '  up: all ready in %.1f s (load average after %s)\n' "$elapsed" "$(load)"
  # The launcher's own lines: "<name> :<port> ready in X s (pid N)", "infrastructure ready (pid N, X s)",
  # "<name> :<port> AOT cache written in X s".
  { grep -E 'infrastructure ready \(pid [0-9]+, [0-9.]+ s\)' "$log" || true; } |
    sed -E 's/.*ready \(pid [0-9]+, ([0-9.]+) s\).*/\1/' |
    awk '{ printf "    %-14s ready after %6.1f s of its own start\n", "infrastructure", $1 }'
  # (no training line in a run with caches: grep finds nothing, which must not end the script)
  { grep -E 'AOT cache written in [0-9.]+ s' "$log" || true; } | sed -E 's/^ *([a-z_]+) .*written in ([0-9.]+) s.*/\1 \2/' |
    awk '{ printf "    %-14s AOT training %6.1f s\n", $1, $2 }'
  { grep -E 'ready in [0-9.]+ s \(pid [0-9]+\)' "$log" || true; } | sed -E 's/^ *([a-z_]+) .*ready in ([0-9.]+) s.*/\1 \2/' |
    awk '{ printf "    %-14s ready after %6.1f s of its own start\n", $1, $2 }'
  sleep "$IDLE"
  echo "  memory after ${IDLE} s idle (load average $(load)):"
  memory_report
  if [[ $kind == first ]]; then await_training; fi
  ./emporium down >/dev/null
  echo "  full output of up: $log"
}

# Measure starts, never a build: the same test as ./emporium's needs_build.
if [[ ! -f $DATA/build.stamp || ! -f launcher/target/launcher.jar ]] ||
  [[ -n $(find "$ROOT" \( -name target -o -name .emporium -o -name .git -o -name node_modules \) -prune -o \
    -type f \( -name pom.xml -o -path '*/src/*' \) -newer "$DATA/build.stamp" -print -quit) ]]; then
  echo "The tree is not built (or changed since): run ./emporium up --build (then down) first." >&2
  exit 1
fi
./emporium down >/dev/null
for kind in ${RUNS//,/ }; do
  case $kind in
    first | cold)
      # A fresh data folder, but the same build: keep the stamp (with its time) so `up` does not rebuild, and for
      # cold the AOT caches (.emporium/aot, the build's: trained once per jar).
      cp -p "$DATA/build.stamp" "$STAMP_SAVE"
      rm -rf "$AOT_SAVE/aot"
      if [[ $kind == cold && -d $DATA/aot ]]; then mv "$DATA/aot" "$AOT_SAVE/aot"; fi
      rm -rf "$DATA"
      mkdir -p "$DATA"
      cp -p "$STAMP_SAVE" "$DATA/build.stamp"
      if [[ -d $AOT_SAVE/aot ]]; then mv "$AOT_SAVE/aot" "$DATA/aot"; fi
      ;;
    warm) ;;
    *) echo "unknown run $kind (first, cold, warm)" >&2; exit 2 ;;
  esac
  one_run "$kind"
done
