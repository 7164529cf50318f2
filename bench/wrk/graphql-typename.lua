-- wrk script: POST {"query":"{ __typename }"} as JSON, to the GraphQL route or the bare route of Bff.GraphQL.HttpBench.
-- Usage: wrk -t2 -c16 -d10s --latency -s bench/wrk/graphql-typename.lua http://127.0.0.1:5090/graphql
wrk.method = "POST"
wrk.body = '{"query":"{ __typename }"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"

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
