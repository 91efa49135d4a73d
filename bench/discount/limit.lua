-- wrk script for bench/discount's exact-limits phase: discount.lua's "reserve" requests (new orders, one coupon),
-- counting the answers per wrk thread (globals, so done() can read them from each thread): 201 reserved, 422
-- refused (the coupon's limit reached), anything else. Arguments as discount.lua's.
dofile("bench/discount/discount.lua")

local threads = {}
reserved, refused, other = 0, 0, 0

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status == 201 then
    reserved = reserved + 1
  elseif status == 422 then
    refused = refused + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local r, f, o = 0, 0, 0
  for _, t in ipairs(threads) do
    r = r + t:get("reserved")
    f = f + t:get("refused")
    o = o + t:get("other")
  end
  io.write(string.format("answers: reserved %d refused %d other %d\n", r, f, o))
end
