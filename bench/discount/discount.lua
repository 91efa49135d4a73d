-- wrk script for bench/discount. Arguments (after --): tokenFile mode code [rate connections]
--   mode "quote":   POST /api/discount/quotes, a 5-line EUR basket for one of 1,000 customers (as basket asks)
--   mode "reserve": POST /internal/redemptions, a new order id each time, all on the one coupon `code`
-- With a rate, each connection waits between requests (as bench/catalog/reads.lua).
local token = ""
local mode = "quote"
local code = "BENCH10"
local pause = 0
local i = 0
local prefix = ""

function init(args)
  local f = assert(io.open(args[1]))
  token = f:read("*l")
  f:close()
  mode = args[2] or "quote"
  code = args[3] or code
  if args[4] then
    pause = tonumber(args[5]) * 1000 / tonumber(args[4])
  end
  -- order ids unique per wrk thread and run: a random 8-hex-digit prefix
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  prefix = string.format("%08x", math.random(0, 0x7fffffff))
end

function delay()
  return pause
end

local function uuid(n)
  return string.format("00000000-0000-4000-8000-%012d", n)
end

local function lines(c)
  local out = {}
  for l = 0, 4 do
    out[#out + 1] = string.format('{"productId":"%s","unitPrice":%d.50,"quantity":%d}',
      uuid((c * 7 + l * 13) % 50), 5 + (c + l) % 90, 1 + l)
  end
  return table.concat(out, ",")
end

request = function()
  i = i + 1
  local c = i % 1000
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  if mode == "reserve" then
    local order = string.format("%s-0000-4000-8000-%012d", prefix, i)
    return wrk.format("POST", "/internal/redemptions", headers, string.format(
      '{"orderId":"%s","customerId":"%s","code":"%s","currency":"EUR","lines":[%s]}',
      order, uuid(100000 + c), code, lines(c)))
  end
  return wrk.format("POST", "/api/discount/quotes", headers, string.format(
    '{"code":"%s","currency":"EUR","customerId":"%s","lines":[%s]}', code, uuid(100000 + c), lines(c)))
end
