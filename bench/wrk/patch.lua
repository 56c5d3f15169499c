-- PATCH /api/v1/extensions/{id} under If-Match: every request is a genuine conditional write of
-- the extension's current version, changing its first name.
--
-- Arguments after "--": the bearer token, wrk's thread count n, then the ETags of the extensions
-- to change ("ID-VERSION"). wrk thread k of n takes every n-th extension, so threads never share
-- one. Within a thread a request takes an extension that no other request has in flight (a queue
-- of free ones), and the answer puts it back: its ETag header, or a 412's currentETag, says which
-- extension it was and which version is now current. An answer without either (a 429, a 500)
-- cannot say which extension it was, nor can a request that wrk timed out (it closes the
-- connection after 2 s): an extension in flight for over 5 s is certainly not in flight any more,
-- and goes back into the queue when it runs dry. With more extensions than connections, conflicts
-- (412) only come from a stale version.
local bench = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local threads = {}
local created = 0

function setup(thread)
   thread:set("index", created)
   created = created + 1
   table.insert(threads, thread)
end

local versions = {} -- extension id (string) -> the version last seen
local busy = {}     -- extension id -> os.time() its request was sent, while it is in flight
local queue, head, tail = {}, 1, 0
local ids = {}
local token

local function release(id)
   if busy[id] then
      busy[id] = nil
      tail = tail + 1
      queue[tail] = id
   end
end

function init(args)
   token = args[1]
   local stride = tonumber(args[2])
   ok, conflicts, other, unmatched, reclaimed, shared = 0, 0, 0, 0, 0, 0
   for i = 3, #args do
      if (i - 3) % stride == index then
         local id, version = args[i]:match("(%d+)%-(%d+)")
         versions[id] = tonumber(version)
         table.insert(ids, id)
         busy[id] = 0
         release(id)
      end
   end
end

-- Extensions whose request went unanswered long ago go back into the queue.
local function reclaim()
   local now = os.time()
   for id, sent in pairs(busy) do
      if now - sent > 5 then
         release(id)
         reclaimed = reclaimed + 1
      end
   end
end

function request()
   if head > tail then
      reclaim()
   end
   local id
   if head <= tail then
      id = queue[head]
      queue[head] = nil
      head = head + 1
   else
      -- Every extension of this thread has a request in flight (more connections than
      -- extensions): share one, and let a 412 tell its new version.
      id = ids[math.random(#ids)]
      shared = shared + 1
   end
   busy[id] = os.time()
   local version = versions[id]
   local body = string.format('{"firstName":"Carga %d"}', version + 1)
   return wrk.format("PATCH", "/api/v1/extensions/" .. id, {
      ["Authorization"] = "Bearer " .. token,
      ["Content-Type"] = "application/json",
      ["If-Match"] = string.format('"%s-%d"', id, version),
   }, body)
end

function response(status, headers, body)
   bench.count(status, body)
   local id, version
   local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
   if etag then
      id, version = etag:match("(%d+)%-(%d+)")
   end
   if not id and status == 412 and body then
      id, version = body:match('"currentETag"%s*:%s*"[^%d]*(%d+)%-(%d+)')
   end
   if status >= 200 and status < 300 then
      ok = ok + 1
   elseif status == 412 then
      conflicts = conflicts + 1
   else
      other = other + 1
   end
   if id and versions[id] then
      versions[id] = math.max(versions[id], tonumber(version))
      release(id)
   else
      unmatched = unmatched + 1 -- its extension comes back by reclaim()
   end
end

function done(summary, latency, requests)
   bench.report(summary)
   local totals = { ok = 0, conflicts = 0, other = 0, unmatched = 0, reclaimed = 0, shared = 0 }
   for _, thread in ipairs(threads) do
      for name in pairs(totals) do
         totals[name] = totals[name] + (thread:get(name) or 0)
      end
   end
   io.write(string.format(
      "centralita-bench: patch 2xx=%d 412=%d other=%d unmatched=%d reclaimed=%d shared=%d\n",
      totals.ok, totals.conflicts, totals.other, totals.unmatched, totals.reclaimed, totals.shared))
   bench.reportStatuses(threads)
end
