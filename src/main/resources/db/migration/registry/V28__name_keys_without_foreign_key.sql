-- veteran_name_key is a search index over registry.veteran.name, written and rewritten only by
-- VeteranRepository in the same transaction as the person file (registration, edit, transfer,
-- merge, roster import), and person files are never deleted (a merged duplicate is retired,
-- not removed), so ON DELETE CASCADE never fired. The foreign key's per-row check (a locking
-- lookup of the veteran for every key, three to five per person) was a third of the
-- database's work in a roster import (docs/benchmarks.md, roster import).
alter table registry.veteran_name_key drop constraint veteran_name_key_veteran_id_fkey;
