-- veteran_name_key keeps one index, (county_code, key) include (veteran_id, region_code).
-- Every name key costs a b-tree entry in each index of the table, and a person has three to
-- five keys: with three indexes they were half of the database's work in a roster import
-- (docs/benchmarks.md, roster import). The two dropped indexes served
--   * the primary key (veteran_id, key): deleting a person's keys. NameKeys now finds them
--     through the county index instead, from the name, readings and region the person file
--     holds (the keys are derived from exactly those columns), before the file changes;
--   * (key, region_code): name search in a scope above a county. The search now visits the
--     scope's counties one by one in the county index (a skip scan, VeteranRepository.where).
alter table registry.veteran_name_key drop constraint veteran_name_key_pkey;
drop index registry.veteran_name_key_key_idx;
