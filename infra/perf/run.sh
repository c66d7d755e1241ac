#!/usr/bin/env bash
# Load harness (issue #10; results and method in docs/performance.md).
#   bash infra/perf/run.sh
# Builds the API in Release, seeds a large tenant ("big", 100,000 claims) on SQLite and on a throwaway PostgreSQL,
# imports the code sets, starts the API on each and drives B0, B0X, W1, W2, W3, CHART, CODES with wrk,
# interleaved, ROUNDS times; then a SOAK-second W2 run on SQLite sampling the API's RSS every 5 s. Prints the
# table and the ratios (infra/perf/report.py) and leaves the raw figures in $PERF_OUT.
# Knobs (environment): DURATION=10 ROUNDS=3 WARMUP=5 (seconds per workload, before round 1) CONNECTIONS=16 CLAIMS=100000 SOAK=120 DATABASES="sqlite postgres"
#   PERF_DATA=/tmp/revenuecycle-perf (databases, kept between runs: the seed is made once)  PERF_OUT=infra/perf/results
#   SKIP_BUILD=1 (reuse the Release build already there)
#   AUTH=token (bearer tokens of the tenant's integration client, as partners and front ends sign in) or AUTH=dev (the
#   Development stand-in header X-Dev-User, which runs 2026-11-23 to 2026-12-06 used; docs/performance.md compares them)
#   PROFILE="W1 W2" (instead of the timed rounds and the soak: CPU per request of each workload, then a perf sample of it
#   put in categories by infra/perf/cpu_profile.py; needs perf, from Debian's linux-perf, installed when missing)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-16}
AUTH=${AUTH:-token}
CLAIMS=${CLAIMS:-100000}
SOAK=${SOAK:-120}
DATABASES=${DATABASES:-sqlite postgres}
data=${PERF_DATA:-/tmp/revenuecycle-perf}
out=${PERF_OUT:-$root/infra/perf/results}
ops=$root/infra/perf/operations
mkdir -p "$data" "$out"
: > "$out/results.txt"; : > "$out/soak.txt"; : > "$out/soak-result.txt"; : > "$out/seed.txt"; : > "$out/load.txt"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if [ -n "${PROFILE:-}" ]; then
  command -v perf >/dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf >/dev/null; }
  # perf names JIT-compiled frames through the runtime's perf map, which it cannot read from W^X double-mapped code.
  export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
fi

echo "== build (Release)"
[ "${SKIP_BUILD:-0}" = 1 ] || dotnet build src/RevenueCycle.Api -c Release -nologo -v q -clp:ErrorsOnly
bin=$root/src/RevenueCycle.Api/bin/Release/net10.0
# --contentRoot: appsettings.json (log levels) is read from beside the binaries, as in a deployment.
api=(dotnet "$bin/RevenueCycle.Api.dll" --contentRoot "$bin")

# The API as it runs in production, plus the baseline endpoint B0. It sits behind no proxy here, so the harness sends
# what a TLS-terminating proxy adds (X-Forwarded-Proto: https; the token server refuses plain HTTP in Production).
# AUTH=dev instead turns on the Development stand-in sign-in (X-Dev-User), which production never has.
export ASPNETCORE_ENVIRONMENT=Production
export Performance__BaselineEndpoint=true
case "$AUTH" in
  token) export ASPNETCORE_FORWARDEDHEADERS_ENABLED=true ;;
  dev) export Authentication__Development__Enabled=true ;;
  *) echo "AUTH must be token or dev" >&2; exit 2 ;;
esac
# Production refuses to start without token keys (it never generates them): throwaway RSA keys for this run.
mkdir -p "$data/keys"
for use in signing encryption; do
  [ -f "$data/keys/$use.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$data/keys/$use.pem" 2>/dev/null
done
Authentication__Server__Keys__SigningKeyPem=$(cat "$data/keys/signing.pem")
Authentication__Server__Keys__EncryptionKeyPem=$(cat "$data/keys/encryption.pem")
export Authentication__Server__Keys__SigningKeyPem Authentication__Server__Keys__EncryptionKeyPem

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

pg_pid_dir=""
api_pid=""
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null || true
  [ -n "$pg_pid_dir" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_pid_dir" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  local dir=$data/pg port
  port=$(free_port)
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_pg "$pg_bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  fi
  # A throwaway cluster: durability off, as in the test suite's PostgresServer (W3 numbers say so in the doc).
  as_pg "$pg_bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  pg_pid_dir=$dir
  as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='revenuecycle'" | grep -q 1 \
    || as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres revenuecycle
  export Database__Provider=Postgres
  export Database__ConnectionString="Host=127.0.0.1;Port=$port;Username=postgres;Database=revenuecycle;Maximum Pool Size=50"
}

use_sqlite() {
  export Database__Provider=Sqlite
  export Database__ConnectionString="Data Source=$data/perf.db"
}

seed() {
  local db=$1 timer=()
  # CPU time is the figure to compare across runs: wall time depends on what else the 2 cores are doing.
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -o "$out/seed-$db.time" -f "%e s wall, %U+%S s CPU, max RSS %M KB")
  "${timer[@]}" "${api[@]}" seed-large --claims "$CLAIMS" --tenant big --client-secret-file "$data/keys/client-secret" > "$out/seed-$db.log" 2>&1 || { cat "$out/seed-$db.log"; exit 1; }
  echo "$db: $(grep -o "Seeded tenant.*\|Tenant 'big' already exists.*" "$out/seed-$db.log" | head -1) ($(cat "$out/seed-$db.time" 2>/dev/null))" | tee -a "$out/seed.txt"
  # CODES searches the real ICD-10-CM release (shared/data/codesets); a release already imported is skipped.
  "${api[@]}" import-codes > "$out/codes-$db.log" 2>&1 || { cat "$out/codes-$db.log"; exit 1; }
}

start_api() {
  local db=$1
  port=$(free_port)
  base=http://127.0.0.1:$port
  "${api[@]}" --urls "$base" > "$out/api-$db.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "$base/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "API did not become ready"; cat "$out/api-$db.log"; exit 1
}

# Signs the harness in: a client-credentials token of big-integration (its secret from this run's seed, billing scope:
# the BILLER role every workload needs), or the stand-in header. Called per round, so no token outlives its 30 minutes.
sign_in() {
  if [ "$AUTH" = dev ]; then
    unset TOKEN; auth=(-H 'X-Dev-User: perf; tenant=big; roles=BILLER'); return
  fi
  TOKEN=$(curl -fs "$base/connect/token" -H 'X-Forwarded-Proto: https' -d grant_type=client_credentials -d client_id=big-integration \
    --data-urlencode "client_secret@$data/keys/client-secret" -d scope=revenuecycle.billing \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
  export TOKEN
  auth=(-H "Authorization: Bearer $TOKEN" -H 'X-Forwarded-Proto: https')
}

stop_api() { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""; }

source infra/perf/cpu.sh

# WORKLOAD for SECONDS at full concurrency; wrk's output (its last line is "RESULT …", see workload.lua).
load() { WORKLOAD=$1 OPS=$ops PATIENT=$patient wrk -t1 -c"$CONNECTIONS" -d"$2s" --timeout 10s -s infra/perf/workload.lua "$base"; }

# One wrk run of a workload; prints "RESULT …" plus the API's peak RSS (MB) during it.
drive() {
  local workload=$1 seconds=$2 result hwm
  # Warm-up and correctness check: one connection, every response must be 200 without GraphQL errors.
  result=$(CHECK=1 WORKLOAD=$workload OPS=$ops PATIENT=$patient wrk -t1 -c1 -d2s -s infra/perf/workload.lua "$base")
  if grep -q CHECK-FAIL <<<"$result"; then echo "$result" | grep CHECK-FAIL | head -3 >&2; exit 1; fi
  echo 5 > "/proc/$api_pid/clear_refs" 2>/dev/null || true   # resets VmHWM, so the peak is this run's
  result=$(load "$workload" "$seconds" | grep '^RESULT')
  hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")
  echo "$result $hwm"
}

# PROFILE mode: warm the workload up (tiering and PGO take 30–60 s with the perf map on), measure its CPU per request without perf, then sample it.
profile() {
  local db=$1 workload=$2 ms
  load "$workload" 60 > /dev/null
  ms=$(cpu_ms_per_request "$api_pid" load "$workload" "$DURATION")
  load "$workload" $((DURATION + 2)) > /dev/null &
  local driver=$!
  perf record -q -e cpu-clock -F 1999 -g -p "$api_pid" -o "$out/perf-$db-$workload.data" -- sleep "$DURATION" 2>/dev/null
  wait "$driver"
  perf script -i "$out/perf-$db-$workload.data" -F comm,tid,period,ip,sym 2>/dev/null > "$out/perf-$db-$workload.txt"
  echo "== $db $workload"
  python3 infra/perf/cpu_profile.py "$out/perf-$db-$workload.txt" "$ms" | tee "$out/profile-$db-$workload.md"
}

workloads=(B0 B0X W1 W2 W3 CHART CODES)

for db in $DATABASES; do
  echo "== $db"
  if [ "$db" = postgres ]; then start_postgres; else use_sqlite; fi
  seed "$db"
  start_api "$db"
  sign_in
  patient=$(curl -fs "$base/graphql" -H 'content-type: application/json' "${auth[@]}" \
    -d '{"query":"{ patients(first: 1) { nodes { id } } }"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["patients"]["nodes"][0]["id"])')
  count=$(curl -fs "$base/graphql" -H 'content-type: application/json' "${auth[@]}" \
    -d '{"query":"{ claims(first: 1) { totalCount } }"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["claims"]["totalCount"])')
  echo "$db: tenant big has $count claims" | tee -a "$out/seed.txt"
  # W3's pool: READY claims that pass the scrub today (so reopen + scrub leaves them READY again): up to 100 of
  # the first 300 READY claims (three pages), each scrubbed once here; a claim the scrub sends back to DRAFT is left out.
  export CLAIMS_FILE=$out/ready-claims-$db.txt
  BASE=$base python3 - > "$CLAIMS_FILE" <<'PY'
import json, os, urllib.request
def gql(query, variables=None):
    headers = {"content-type": "application/json"}
    headers.update({"Authorization": "Bearer " + os.environ["TOKEN"], "X-Forwarded-Proto": "https"} if os.environ.get("TOKEN")
                   else {"X-Dev-User": "perf; tenant=big; roles=BILLER"})
    request = urllib.request.Request(os.environ["BASE"] + "/graphql", json.dumps({"query": query, "variables": variables}).encode(), headers)
    body = json.load(urllib.request.urlopen(request))
    if body.get("errors"): raise SystemExit("W3 pool: " + json.dumps(body["errors"])[:400])
    return body["data"]
ids, after = [], None
while len(ids) < 300:
    page = gql("query($after: String) { claims(first: 100, after: $after, where: { status: { eq: READY } }) { nodes { id } pageInfo { hasNextPage endCursor } } }",
               {"after": after})["claims"]
    ids += [n["id"] for n in page["nodes"]]
    if not page["pageInfo"]["hasNextPage"]: break
    after = page["pageInfo"]["endCursor"]
kept = []
for claim in ids:
    scrub = gql("mutation($id: ID!) { scrubClaim(input: { claimId: $id }) { claim { status } } }", {"id": claim})["scrubClaim"]
    if scrub["claim"] and scrub["claim"]["status"] == "READY": kept.append(claim)
    if len(kept) == 100: break
print("\n".join(kept))
PY
  echo "$db: W3 cycles $(wc -l < "$CLAIMS_FILE") READY claims" | tee -a "$out/seed.txt"
  # A warm-up pass at full concurrency, not recorded: otherwise round 1 measures the JIT tiering up a freshly started
  # API (B0, the first workload of a round, ran at a third of its later rate in round 1 of runs 5 and 6).
  for w in "${workloads[@]}"; do
    load "$w" "$WARMUP" > /dev/null
  done
  if [ -n "${PROFILE:-}" ]; then
    for w in $PROFILE; do profile "$db" "$w"; done
  else
    for round in $(seq 1 "$ROUNDS"); do
      sign_in
      echo "$db round $round: $(uptime)" | tee -a "$out/load.txt"
      for w in "${workloads[@]}"; do
        line=$(drive "$w" "$DURATION")
        echo "$db $round ${line#RESULT }" | tee -a "$out/results.txt"
      done
    done
    if [ "$db" = sqlite ] && [ "$SOAK" -gt 0 ]; then
      sign_in
      echo "== soak: W2 for ${SOAK}s on $db, RSS every 5 s"
      ( for t in $(seq 0 5 "$SOAK"); do awk -v t="$t" '/VmRSS/ { printf "%d %.0f\n", t, $2 / 1024 }' "/proc/$api_pid/status"; sleep 5; done ) > "$out/soak.txt" &
      sampler=$!
      drive W2 "$SOAK" | sed "s/^RESULT /$db soak /" | tee -a "$out/soak-result.txt"
      wait "$sampler" || true
    fi
  fi
  stop_api
  [ "$db" = postgres ] && { as_pg "$pg_bin/pg_ctl" -D "$pg_pid_dir" -m fast -w stop >/dev/null; pg_pid_dir=""; }
done

[ -n "${PROFILE:-}" ] || python3 infra/perf/report.py "$out"
