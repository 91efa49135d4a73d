-- wrk script: product reads by slug, spread over the 100,000 generated products.
-- Optional argument (after --): a total rate in requests/s; each connection then waits between requests so that
-- all of them together offer about that rate (a paced closed loop: latency is measured from each send).
local i = 0
local pause = 0

function init(args)
  if args[1] then
    -- args[2]: all connections of the run (init runs once per wrk thread, each pacing its own connections)
    pause = tonumber(args[2]) * 1000 / tonumber(args[1])
  end
end

function delay()
  return pause
end

request = function()
  i = i + 1
  return wrk.format("GET", "/api/catalog/products/bench-" .. (1 + (i * 7919) % 100000))
end
