-- GET of the URL given to wrk, with the bearer token given after "--" (none for the health
-- route). No request() or response() function: wrk sends one prebuilt request and skips parsing
-- headers and bodies, so the load generator costs as little as it can.
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

function init(args)
   if args[1] and args[1] ~= "" then
      wrk.headers["Authorization"] = "Bearer " .. args[1]
   end
end

function done(summary, latency, requests)
   bench.report(summary)
end
