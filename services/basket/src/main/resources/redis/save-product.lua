-- Keeps the newer copy of a product (docs/basket.md).
-- KEYS[1] basket:product:{productId}; ARGV[1] version; ARGV[2] the product as JSON.
-- Answers 1 when written, 0 when the stored copy is as new or newer.
local stored = redis.call('HGET', KEYS[1], 'v')
if stored and tonumber(stored) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2])
return 1
