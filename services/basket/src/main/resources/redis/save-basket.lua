-- Compare-and-set write of one basket hash (docs/basket.md).
-- KEYS[1] basket:{customerId}; KEYS[2..] basket:product:{productId} of the saved lines.
-- ARGV[1] the revision the writer read; ARGV[2] idle expiry in ms; the rest: the basket's field/value pairs.
-- Fields not among them (except rev) are deleted. Answers { new revision, then each product key's 'd' (the product
-- as JSON, false if none) }, or { -1 } when another write came first (then nothing changed).
local current = tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
if current ~= tonumber(ARGV[1]) then
  return { -1 }
end
local keep = { rev = true }
for i = 3, #ARGV, 2 do
  keep[ARGV[i]] = true
end
local drop = {}
for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
  if not keep[field] then
    drop[#drop + 1] = field
  end
end
if #drop > 0 then
  redis.call('HDEL', KEYS[1], unpack(drop))
end
if #ARGV > 2 then
  redis.call('HSET', KEYS[1], unpack(ARGV, 3))
end
local revision = redis.call('HINCRBY', KEYS[1], 'rev', 1)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
local result = { revision }
for i = 2, #KEYS do
  result[i] = redis.call('HGET', KEYS[i], 'd')
end
return result
