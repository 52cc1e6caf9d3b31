-- wrk script of bench/gateways.sh. With BODY (a file holding a GraphQL request's JSON) it POSTs that body; without it,
-- wrk GETs its URL. Counts every answer that is not a 200, or (a POST) whose body carries GraphQL "errors", and prints
-- "answer-errors N" when done (wrk itself only counts non-2xx and socket errors).
local path = os.getenv("BODY")
local graphql = path ~= nil and path ~= ""
if graphql then
  local f = assert(io.open(path, "r"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

local threads = {}
function setup(thread) table.insert(threads, thread) end

errors = 0
function response(status, headers, body)
  if status ~= 200 or (graphql and body ~= nil and string.find(body, '"errors"', 1, true)) then errors = errors + 1 end
end

function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("errors") end
  io.write(string.format("answer-errors %d\n", n))
end
