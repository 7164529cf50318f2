-- wrk script of bench/run.sh: one screen of one system, fresh product ids per request or a hot set.
-- Usage: wrk ... -s bench/lib/request.lua <url> -- <GET|POST> <path template> <body file|-> <cold|warm> <first> <last> <threads> <ids per request> [header:value ...]
--   The path's query values and the body may hold {id} (the request's first id), {ids_csv} (41,42,...) and
--   {ids_json} ("41","42",...); each query value is URL-encoded after the ids are put in.
--   Ids: block b is ids first+b*n .. first+b*n+n-1 (n = ids per request); thread k of T takes blocks k, k+T, ...
--   cold: each block once, then the thread stops (no request repeats an id: no cache can help);
--   warm: the same blocks over and over (cached by the cold run before).
-- done() prints "covered=<ids> non200=<n> graphql_errors=<n> socket_errors=<n>": every id in [first, first+covered-1]
-- was requested (the warm run's range), and the failures (GraphQL errors readable only in uncompressed answers).

local threads = {}
local next_index = 0

function setup(thread)
  thread:set("index", next_index)
  next_index = next_index + 1
  table.insert(threads, thread)
end

local method, path_template, body_template, mode, stride
local headers = {}
-- Globals, so that done() can read them from each thread (thread:get).
first, last, next_block, blocks, per, non200, errors = 0, 0, 0, 0, 1, 0, 0

local function read_file(path)
  local file = assert(io.open(path, "r"))
  local text = file:read("*a")
  file:close()
  return text
end

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  method, path_template, mode = args[1], args[2], args[4]
  body_template = args[3] ~= "-" and read_file(args[3]) or nil
  first, last, stride, per = tonumber(args[5]), tonumber(args[6]), tonumber(args[7]), tonumber(args[8])
  for i = 9, #args do
    local name, value = args[i]:match("^([^:]+):(.*)$")
    headers[name] = value
  end
  blocks = math.floor((last - first + 1) / per)
  next_block = index
end

local function fill(template, id0, encode)
  local csv, json = {}, {}
  for i = 0, per - 1 do
    csv[#csv + 1] = tostring(id0 + i)
    json[#json + 1] = '"' .. tostring(id0 + i) .. '"'
  end
  local values = { id = tostring(id0), ids_csv = table.concat(csv, ","), ids_json = table.concat(json, ",") }
  local text = template:gsub("{([%w_]+)}", function(name) return values[name] end)
  if not encode then return text end
  local path, query = text:match("^([^?]*)%?(.*)$")
  if not path then return text end
  local parts = {}
  for pair in query:gmatch("[^&]+") do
    local key, value = pair:match("^([^=]*)=(.*)$")
    parts[#parts + 1] = key and (key .. "=" .. urlencode(value)) or pair
  end
  return path .. "?" .. table.concat(parts, "&")
end

local function take_block()
  local block = next_block
  if block >= blocks then
    if mode == "cold" then
      -- This thread's share is done: stop rather than repeat an id (a repeat could be a cache hit).
      wrk.thread:stop()
      return blocks - 1
    end
    block = index % blocks
  end
  next_block = block + stride
  return block
end

function request()
  local id0 = first + take_block() * per
  local body = body_template and fill(body_template, id0, false) or nil
  return wrk.format(method, fill(path_template, id0, true), headers, body)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  elseif body:sub(1, 1) == "{" and body:find('"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local covered, bad, gql, size, count = nil, 0, 0, 1, 0
  for _, thread in ipairs(threads) do
    size, count = thread:get("per"), thread:get("blocks")
    -- Blocks below this thread's next one were all sent by it; the smallest over threads bounds the covered range.
    local n = thread:get("next_block")
    covered = (covered == nil or n < covered) and n or covered
    bad = bad + thread:get("non200")
    gql = gql + thread:get("errors")
  end
  covered = math.min(covered or 0, count)
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("covered=%d non200=%d graphql_errors=%d socket_errors=%d\n", covered * size, bad, gql, socket))
end
