-- wrk script for the smoke run: POST /graphql with a body read from a file, "__ID__" in it replaced per request by
-- the next product id of [first, last] (each thread its own stride, wrapping around at last).
-- Usage: wrk ... -s smoke.lua <url> -- <body file> <first> <last> <threads>
local body, first, last, stride
local threads, next_index = {}, 0
non200, errors = 0, 0

function setup(thread)
  thread:set("index", next_index)
  next_index = next_index + 1
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  body = file:read("*a")
  file:close()
  first, last, stride = tonumber(args[2]), tonumber(args[3]), tonumber(args[4])
  next_id = start()
end

-- This thread's first id: first + its index, within the range.
function start()
  return first + index % (last - first + 1)
end

function request()
  local id = next_id
  next_id = next_id + stride
  if next_id > last then next_id = start() end
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, (body:gsub("__ID__", tostring(id))))
end

function response(status, headers, text)
  if status ~= 200 then non200 = non200 + 1 elseif text:find('"errors"', 1, true) then errors = errors + 1 end
end

function done(summary, latency, requests)
  local bad, failed = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non200")
    failed = failed + thread:get("errors")
  end
  io.write(string.format("non200=%d errors=%d\n", bad, failed))
end
