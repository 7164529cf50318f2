-- wrk script: the mobile product screen or the web product page, one product id per request.
-- Usage: wrk -t2 -c16 -d15s --latency -s bench/bffs/screen.lua <url> -- <mobile|web> <cold|warm> <first> <last> <threads> [operation id]
--   mobile: GET /graphql?id=<sha256 of Operations/ProductDetail.graphql>&variables=… (the app's persisted operation)
--   web:    POST /graphql {"query": productPage…, "variables": {"id": …}} (what the SPA sends)
--   cold:   thread k of T asks for first+k, first+k+T, … once each and stops when its share of [first, last] is done,
--           so no request repeats a product id; warm: the same ids over and over (they were cached by the cold run).
-- done() prints "covered=<n>": every id in [first, first+n-1] was requested (the warm run's range), and the
-- counts of non-200 answers and of answers carrying GraphQL "errors" (readable only when not compressed).

-- The SPA's product page: the query of tests/Bff.Web.Tests/Pages/ProductPageTests.cs, kept in ProductPage.graphql.
local web_query

local function read_query(path)
  local file = assert(io.open(path, "r"))
  local text = file:read("*a"):gsub("%s+", " ")
  file:close()
  return text
end

local threads = {}
local next_index = 0

function setup(thread)
  thread:set("index", next_index)
  next_index = next_index + 1
  table.insert(threads, thread)
end

local target, mode, stride, operation
-- Globals, so that done() can read them from each thread (thread:get).
first, last, next_id, non200, errors = 0, 0, 0, 0, 0

function init(args)
  target, mode = args[1], args[2]
  first, last, stride = tonumber(args[3]), tonumber(args[4]), tonumber(args[5])
  operation = args[6]
  web_query = read_query("bench/bffs/ProductPage.graphql")
  next_id = first + index
end

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function take_id()
  local id = next_id
  if id > last then
    if mode == "cold" then
      -- This thread's share is done: stop it rather than repeat an id (a repeat would be a cache hit).
      wrk.thread:stop()
      return last
    end
    id = first + index
  end
  next_id = id + stride
  return id
end

function request()
  local id = take_id()
  if target == "mobile" then
    local variables = string.format('{"id":"%d","imageWidth":300,"density":2,"summaryLength":80}', id)
    return wrk.format("GET", "/graphql?id=" .. operation .. "&variables=" .. urlencode(variables), {
      ["Accept"] = "application/graphql-response+json, application/json",
      ["Accept-Encoding"] = "br, gzip",
    })
  end
  local body = string.format('{"query":"%s","variables":{"id":"%d"}}', web_query, id)
  return wrk.format("POST", "/graphql", {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/graphql-response+json, application/json",
    ["Accept-Encoding"] = "gzip, deflate, br",
    ["Origin"] = "http://localhost:5173",
  }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  elseif body:sub(1, 1) == "{" and body:find('"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local covered, bad, gql, span = nil, 0, 0, 0
  for _, thread in ipairs(threads) do
    -- Ids below this thread's next id were all sent by it; the smallest over threads bounds the covered range.
    local n = thread:get("next_id") - thread:get("first")
    span = thread:get("last") - thread:get("first") + 1
    covered = (covered == nil or n < covered) and n or covered
    bad = bad + thread:get("non200")
    gql = gql + thread:get("errors")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  covered = math.min(covered or 0, span)
  io.write(string.format("covered=%d non200=%d graphql_errors=%d socket_errors=%d\n", covered, bad, gql, socket))
end
