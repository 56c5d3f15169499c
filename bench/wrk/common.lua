-- Shared by the centralita-bench-server scripts (loaded with dofile from the script's folder).
-- report() prints wrk's exact counts on one line the benchmark parses: answers received, answers
-- with a status over 399 (wrk counts those as errors; the benchmarked routes never redirect, so
-- every other answer is a 2xx), and requests that got no answer at all.
local bench = {}

function bench.report(summary)
   local errors = summary.errors
   io.write(string.format(
      "centralita-bench: requests=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end

-- Counts an answer by status (in the thread's globals statuses and samples, for done() to
-- collect), keeping the start of one body per status that is not a 2xx.
function bench.count(status, body)
   statuses = statuses or {}
   samples = samples or {}
   statuses[status] = (statuses[status] or 0) + 1
   if (status < 200 or status > 299) and not samples[status] and body then
      samples[status] = body:sub(1, 300)
   end
end

-- Prints the statuses every thread counted, and one body of each status that is not a 2xx.
function bench.reportStatuses(threads)
   local totals, bodies = {}, {}
   for _, thread in ipairs(threads) do
      for status, n in pairs(thread:get("statuses") or {}) do
         totals[status] = (totals[status] or 0) + n
      end
      for status, body in pairs(thread:get("samples") or {}) do
         bodies[status] = bodies[status] or body
      end
   end
   local parts = {}
   for status, n in pairs(totals) do
      table.insert(parts, status .. "=" .. n)
   end
   table.sort(parts)
   io.write("centralita-bench: statuses " .. table.concat(parts, " ") .. "\n")
   for status, body in pairs(bodies) do
      io.write("centralita-bench: sample " .. status .. " " .. (body:gsub("%s+", " ")) .. "\n")
   end
end

return bench
