-- 100,000 active products over 4 root and 16 leaf categories, 40 brands, realistic words; idempotent.
INSERT INTO categories (id, name, slug, parent_id, position)
SELECT md5('root' || r)::uuid, 'Bench Root ' || r, 'bench-root-' || r, NULL, r FROM generate_series(1, 4) r
ON CONFLICT DO NOTHING;
INSERT INTO categories (id, name, slug, parent_id, position)
SELECT md5('leaf' || l)::uuid, 'Bench Leaf ' || l, 'bench-leaf-' || l, md5('root' || (1 + l % 4))::uuid, l
FROM generate_series(1, 16) l
ON CONFLICT DO NOTHING;

WITH words AS (
    SELECT ARRAY['wireless','studio','portable','smart','compact','premium','classic','ultra','pro','mini',
                 'ergonomic','vintage','outdoor','digital','organic','stainless','bamboo','leather','carbon','solar'] AS adj,
           ARRAY['headphones','speaker','keyboard','monitor','kettle','blender','toaster','lamp','chair','desk',
                 'backpack','tent','jacket','bottle','camera','watch','charger','router','mixer','grinder',
                 'skillet','knife','sofa','rug','stove','binoculars','microphone','turntable','earbuds','drone'] AS noun,
           ARRAY['Sonora','Boomly','Echoa','Analogique','Lumen','Vortex','Keysmith','Crema','Forgewell','Bakehaus',
                 'Nordwood','Sitwell','Trailcraft','Summitry','Helios','Arcadia','Brightline','Copperleaf','Duskwell','Everpine',
                 'Fernhill','Glacia','Harbor','Ironbark','Juniper','Kestrel','Larkspur','Meridian','Northwind','Oakmoss',
                 'Pinecrest','Quartzite','Riverstone','Saltmarsh','Thistle','Umbra','Velvet','Willow','Yarrow','Zephyr'] AS brand
)
INSERT INTO products (id, name, slug, description, category_id, brand, attributes, price_amount, currency, stock,
                      status, average_rating, review_count, created_at, updated_at, version)
SELECT md5('p' || g)::uuid,
       initcap(adj[1 + g % 20]) || ' ' || initcap(noun[1 + (g / 20) % 30]) || ' ' || g,
       'bench-' || g,
       'A ' || adj[1 + (g / 7) % 20] || ' ' || noun[1 + g % 30] || ' for everyday use, built by '
           || brand[1 + g % 40] || ' with ' || adj[1 + (g / 3) % 20] || ' materials and a two-year warranty.',
       md5('leaf' || (1 + g % 16))::uuid,
       brand[1 + g % 40],
       jsonb_build_object('colour', (ARRAY['black','white','red','blue','green'])[1 + g % 5]),
       round((5 + (g * 7919 % 200000) / 100.0)::numeric, 2),
       'EUR',
       g % 13,
       'ACTIVE',
       round(((g % 41) / 10.0 + 0.9)::numeric % 5, 2),
       g % 200,
       now() - (g || ' minutes')::interval,
       now(),
       0
FROM generate_series(1, 100000) g, words
ON CONFLICT DO NOTHING;
-- Vacuumed as a long-lived catalog would be (autovacuum), so index-only scans need no heap visits.
VACUUM (ANALYZE) products;
