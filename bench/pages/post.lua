-- wrk script for "create an incident": every request takes its own antiforgery cookie/token pair (minted
-- beforehand by the driver from the log form) and a new idempotency key. The app's success answer is a 302
-- to the new incident (/Incidents/<id>?saved=<key>); exactly that counts as success, everything else
-- (a 302 to sign-in, a 400 for a bad token, a 200 form with errors) as a failure.
-- The idempotency key of every success is written to KEYS_FILE.<thread> so the run can check with SQL that each
-- one is stored.
-- usage: wrk -s post.lua URL -- AUTH_COOKIE PAIRS_FILE THREADS SALT KEYS_FILE
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local function uuid()
  local hex = "0123456789abcdef"
  local s = {}
  for i = 1, 32 do
    local n = math.random(1, 16)
    s[i] = hex:sub(n, n)
  end
  s[13] = "4"
  local str = table.concat(s)
  return str:sub(1, 8) .. "-" .. str:sub(9, 12) .. "-" .. str:sub(13, 16) .. "-" .. str:sub(17, 20) .. "-" .. str:sub(21, 32)
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  ok, bad, reused, first_bad = 0, 0, 0, ""
  auth = args[1]
  local nthreads = tonumber(args[3])
  math.randomseed(tonumber(args[4]) + id * 7919)
  pairs_list = {}
  local n = 0
  for line in io.lines(args[2]) do
    if n % nthreads == id - 1 then
      local cookie, token = line:match("^([^\t]+)\t(.+)$")
      table.insert(pairs_list, { cookie, urlencode(token) })
    end
    n = n + 1
  end
  next_pair = 1
  keys_file = io.open(args[5] .. "." .. id, "w")
  keys_file:setvbuf("line")
  rest = "&Input.WhatHappened=" .. urlencode("They made plans for the weekend without asking me, and laughed it off when I said it hurt.")
    .. "&Input.When=now&Input.TimeZone=Etc%2FUTC&Input.Hurt=6"
    .. "&Input.Feelings.Chosen=hurt&Input.Feelings.Intensity%5Bhurt%5D=7"
    .. "&Input.Feelings.Chosen=lonely&Input.Feelings.Intensity%5Blonely%5D=5"
end

function request()
  if next_pair > #pairs_list then
    next_pair = 1
    reused = reused + 1
  end
  local pair = pairs_list[next_pair]
  next_pair = next_pair + 1
  local headers = {
    ["Host"] = "hurthealing.test", ["X-Forwarded-Proto"] = "https",
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = auth .. "; " .. pair[1],
  }
  local body = "__RequestVerificationToken=" .. pair[2] .. "&Input.IdempotencyKey=" .. uuid() .. rest
  return wrk.format("POST", nil, headers, body)
end

function response(status, headers, body)
  local location = headers["Location"] or ""
  local key = location:match("^/Incidents/%x+%-%x+%-%x+%-%x+%-%x+%?saved=([%x%-]+)$")
  if status == 302 and key then
    ok = ok + 1
    keys_file:write(key, "\n")
  else
    bad = bad + 1
    if first_bad == "" then first_bad = status .. " " .. location end
  end
end

function done(summary, latency, requests)
  local o, b, r, fb = 0, 0, 0, ""
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); b = b + t:get("bad"); r = r + t:get("reused")
    if t:get("first_bad") ~= "" then fb = t:get("first_bad") end
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"ok":%d,"bad":%d,"firstBad":"%s","reused":%d,"errors":%d,"seconds":%.3f,"p50":%.3f,"p99":%.3f}\n',
    summary.requests, o, b, fb, r, e.connect + e.read + e.write + e.timeout, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
