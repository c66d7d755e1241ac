#!/usr/bin/env bash
# Two builds side by side (docs/performance.md, "How fixes 16–20 were compared"):
#   bash infra/perf/compare.sh WORKLOAD BEFORE_URL BEFORE_PID AFTER_URL AFTER_PID
# Both APIs already running (as run.sh starts them, on the same database). Loads them alternately in ABBA order, one
# window each, and prints each pair's API CPU per request (user + system time of the process, from /proc) and the
# median of the after/before ratios. Adjacent windows share the machine's state, so the ratio survives a machine whose
# speed drifts by more than the change being measured; one figure per build does not.
# Knobs: PAIRS=12 SECONDS_PER_RUN=4 CONNECTIONS=16; PATIENT (CHART) and CLAIMS_FILE (W3) as run.sh sets them.
set -euo pipefail
[ $# -eq 5 ] || { sed -n '2,3p' "$0" >&2; exit 2; }
workload=$1; urls=("$2" "$4"); pids=("$3" "$5")
root=$(cd "$(dirname "$0")/../.." && pwd)
PAIRS=${PAIRS:-12}; SECONDS_PER_RUN=${SECONDS_PER_RUN:-4}; CONNECTIONS=${CONNECTIONS:-16}

source "$root/infra/perf/cpu.sh"

# One window of the workload against build $1 (0 = before, 1 = after).
run() {
  WORKLOAD=$workload OPS=$root/infra/perf/operations wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s \
    -s "$root/infra/perf/workload.lua" "${urls[$1]}"
}

# API CPU milliseconds per request of one window against build $1.
window() { cpu_ms_per_request "${pids[$1]}" run "$1"; }

ratios=()
for pair in $(seq 1 "$PAIRS"); do
  if [ $((pair % 2)) -eq 1 ]; then before=$(window 0); after=$(window 1); else after=$(window 1); before=$(window 0); fi
  ratio=$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.3f", a / b }')
  ratios+=("$ratio")
  echo "$workload pair $pair: before $before ms, after $after ms, after/before $ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "median after/before %.3f over %d pairs\n", m, NR }'
