-- wrk script: basket reads or line writes for 1,000 customers (tokens.txt from BasketBench issuer).
-- Arguments (after --): tokensFile mode [rate connections]; mode "get" = GET /api/basket, "put" = PUT
-- /api/basket/lines/{one of the customer's 5 products} with a changing quantity. With a rate, each connection
-- waits between requests so that all together offer about that rate (as bench/catalog/reads.lua).
local customers = {}
local i = 0
local pause = 0
local mode = "get"
local products = 50

local function product(n)
  return string.format("00000000-0000-4000-8000-%012d", n)
end

function init(args)
  for line in io.lines(args[1]) do
    local id, token = line:match("^(%S+) (%S+)$")
    customers[#customers + 1] = token
  end
  mode = args[2] or "get"
  if args[3] then
    pause = tonumber(args[4]) * 1000 / tonumber(args[3])
  end
  -- each wrk thread starts at a different customer
  i = math.random(#customers)
end

function delay()
  return pause
end

request = function()
  i = i + 1
  local c = i % #customers
  local headers = { ["Authorization"] = "Bearer " .. customers[c + 1] }
  if mode == "put" then
    local line = i % 5
    headers["Content-Type"] = "application/json"
    -- productOf in BasketBench.java: (c * 7 + line * 13) % products; quantities 1..9 keep the line valid
    return wrk.format("PUT", "/api/basket/lines/" .. product((c * 7 + line * 13) % products), headers,
      '{"quantity":' .. (1 + i % 9) .. '}')
  end
  return wrk.format("GET", "/api/basket", headers)
end
