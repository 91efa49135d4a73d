-- Compare-and-set write of one basket hash (docs/basket.md).
-- KEYS[1] basket:{customerId}
-- ARGV[1] the revision the writer read; ARGV[2] idle expiry in ms; the rest: the basket's field/value pairs.
-- Fields not among them (except rev) are deleted. Answers the new revision, or -1 when another write came first
-- (then nothing changed).
local current = tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
if current ~= tonumber(ARGV[1]) then
  return -1
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
return revision
