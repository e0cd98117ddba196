-- wrk script for the GET pages: counts every answer that is not 200 (a redirect to sign-in is a failure).
-- usage: wrk -s get.lua URL -- COOKIE   (COOKIE "-" for none)
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, bad, first_bad = 0, 0, ""
  local headers = { ["Host"] = "hurthealing.test", ["X-Forwarded-Proto"] = "https" }
  if args[1] and args[1] ~= "-" then headers["Cookie"] = args[1] end
  req = wrk.format("GET", nil, headers)
end

function request()
  return req
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  else
    bad = bad + 1
    if first_bad == "" then first_bad = status .. " " .. (headers["Location"] or "") end
  end
end

function done(summary, latency, requests)
  local o, b, fb = 0, 0, ""
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); b = b + t:get("bad")
    if t:get("first_bad") ~= "" then fb = t:get("first_bad") end
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"ok":%d,"bad":%d,"firstBad":"%s","reused":0,"errors":%d,"seconds":%.3f,"p50":%.3f,"p99":%.3f}\n',
    summary.requests, o, b, fb, e.connect + e.read + e.write + e.timeout, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
