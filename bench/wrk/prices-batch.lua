-- wrk script: GET /prices?productIds=<20 ids> against the demo pricing service.
-- Each request asks for a different window of 20 consecutive product ids (1..5000), so the
-- service serializes and hashes a fresh payload every time instead of replaying one answer.
-- Usage: wrk -t2 -c16 -d10s --latency -s bench/wrk/prices-batch.lua http://127.0.0.1:5203
math.randomseed(42)

local batch = 20
local products = 5000

request = function()
  local first = math.random(1, products - batch + 1)
  local ids = {}
  for i = 0, batch - 1 do
    ids[#ids + 1] = tostring(first + i)
  end
  local path = "/prices?productIds=" .. table.concat(ids, ",")
  return wrk.format("GET", path, { ["X-Correlation-Id"] = "wrk-prices-batch" })
end

-- Any non-200 answer would mean the measurement is not of the happy path: count them.
local non200 = 0
response = function(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
