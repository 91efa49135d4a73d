-- Reads a basket's product copies in one round trip on the shared connection (docs/basket.md).
-- KEYS: basket:product:{productId} for each product. Answers each hash's 'd' (the product as JSON), false if none.
local result = {}
for i, key in ipairs(KEYS) do
  result[i] = redis.call('HGET', key, 'd')
end
return result
