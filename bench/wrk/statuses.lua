-- get.lua that also tells which statuses the route answered, with one body of each status that
-- is not a 2xx. Parsing every answer slows wrk down, so the benchmark runs it only briefly, to
-- explain a route whose answers were not all 2xx.
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   if args[1] and args[1] ~= "" then
      wrk.headers["Authorization"] = "Bearer " .. args[1]
   end
end

function response(status, headers, body)
   bench.count(status, body)
end

function done(summary, latency, requests)
   bench.report(summary)
   bench.reportStatuses(threads)
end
