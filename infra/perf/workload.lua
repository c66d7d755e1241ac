-- One workload of the load harness (run.sh). wrk runs this with the environment set by run.sh:
--   WORKLOAD  B0 | B0X | W1 | W2 | W3 | CHART | CODES
--   OPS       folder of the GraphQL operations (shared with the test suite's batching guard)
--   PATIENT   global ID of the patient whose chart CHART reads
--   TOKEN     access token to send (AUTH=token); unset: the Development stand-in header
-- done() prints one "RESULT name rps p50_ms p99_ms non2xx socket_errors requests" line that run.sh collects.

local name = os.getenv("WORKLOAD")
local ops = os.getenv("OPS")

local function read(file)
  local f = assert(io.open(ops .. "/" .. file, "r"))
  local text = f:read("*a")
  f:close()
  return text
end

local function json_string(s)
  s = s:gsub('\\', '\\\\')
  s = s:gsub('"', '\\"')
  s = s:gsub('\n', '\\n')
  return '"' .. s .. '"'
end

local function graphql(file, variables)
  return '{"query":' .. json_string(read(file)) .. ',"variables":' .. variables .. '}'
end

-- TOKEN (run.sh, AUTH=token): a bearer token, with the header a TLS-terminating proxy adds; otherwise the stand-in sign-in.
if os.getenv("TOKEN") then
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  wrk.headers["X-Forwarded-Proto"] = "https"
else
  wrk.headers["X-Dev-User"] = "perf; tenant=big; roles=BILLER"
end

if name == "B0" or name == "B0X" then
  wrk.method = "GET"
  wrk.path = "/baseline/claims?first=50" .. (name == "B0X" and "&tenantFilter=explicit" or "")
else
  wrk.method = "POST"
  wrk.path = "/graphql"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json"
  if name == "W1" then wrk.body = graphql("w1.graphql", '{"first":50}')
  elseif name == "W2" then wrk.body = graphql("w2.graphql", '{"first":50}')
  elseif name == "CHART" then wrk.body = graphql("chart.graphql", '{"id":"' .. os.getenv("PATIENT") .. '"}')
  elseif name == "CODES" then wrk.body = graphql("codes.graphql", '{"text":"diab"}')
  elseif name ~= "W3" then error("unknown WORKLOAD " .. tostring(name)) end
end

-- W3 takes claims that pass the scrub (their IDs one per line in CLAIMS_FILE, chosen by run.sh) in turn through scrubClaim and
-- reopenClaim, under fresh idempotency keys: real writes each time (a repeated key would only replay the first
-- result). The pool is much larger than the number of connections, so two requests never hold the same claim.
local mutation = name == "W3" and read("w3.graphql") or nil
local claims = {}
if mutation ~= nil then
  for line in io.lines(os.getenv("CLAIMS_FILE")) do
    if line ~= "" then claims[#claims + 1] = line end
  end
  assert(#claims > 0, "CLAIMS_FILE lists no claims")
end
local prefix, counter = "", 0

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
  prefix = string.format("%x%04x", os.time(), math.random(0, 65535))
end

function request()
  if mutation == nil then return wrk.format() end
  counter = counter + 1
  local key = prefix .. "-" .. counter
  local variables = '{"claimId":"' .. claims[(counter - 1) % #claims + 1] .. '","reopenKey":"r' .. key .. '","scrubKey":"s' .. key .. '"}'
  return wrk.format(nil, nil, nil, '{"query":' .. json_string(mutation) .. ',"variables":' .. variables .. '}')
end

-- run.sh's warm-up run sets CHECK=1: every response must be 200 and free of GraphQL errors.
if os.getenv("CHECK") == "1" then
  function response(status, headers, body)
    if status ~= 200 or body:find('"errors":%[') then
      io.write("CHECK-FAIL " .. name .. " " .. status .. " " .. body:sub(1, 400) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %s %.1f %.2f %.2f %d %d %d\n", name, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
