# Sourced by run.sh and compare.sh.
# cpu_ms_per_request PID COMMAND…: runs COMMAND (a wrk run of workload.lua, whose output has its "RESULT …" line) and
# prints the CPU milliseconds (user + system, from /proc) that process PID used per request the run counted.
cpu_ms_per_request() {
  local pid=$1 before after requests
  shift
  before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  requests=$("$@" | awk '/^RESULT/ { print $8 }')
  after=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  awk -v t="$((after - before))" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", t * 1000 / hz / n }'
}
