-- A county (or anything below it) searching a name prefix: equality on the county and a
-- range on the key is one index range, instead of every key with that prefix in the country
-- (performance.md: ancestor columns beat wide range predicates). The index covers the
-- veteran id and region, so the search reads no table pages for it.
alter table registry.veteran_name_key
    add column county_code text generated always as (left(region_code, 6)) stored;
create index veteran_name_key_county_key_idx on registry.veteran_name_key (county_code, key)
    include (veteran_id, region_code);
