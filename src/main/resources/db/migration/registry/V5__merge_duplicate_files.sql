-- Merging two files of the same person (重复档案合并). The retired file is kept (a merge is
-- audited, not a deletion) and points at the survivor; it drops out of every search and its id
-- redirects. The ID number stays unique among live files only, so the survivor may take the
-- retired file's number.
alter table registry.veteran
    add column merged_into_id bigint references registry.veteran (id),
    add column merged_at      timestamptz,
    add column merged_by      text,
    add check ((merged_into_id is null) = (merged_at is null)),
    add check (merged_into_id is null or merged_into_id <> id);

drop index registry.veteran_id_number_index_idx;
create unique index veteran_id_number_index_idx on registry.veteran (id_number_index) where merged_into_id is null;
create index veteran_merged_into_idx on registry.veteran (merged_into_id) where merged_into_id is not null;
-- Duplicate candidates (same name and birth date) join on the existing birth-date index; no
-- extra index, so that roster imports do not pay for one more per row.

-- What one merge did, for audit: which fields came from the retired file, both files as they
-- were before (numbers stay encrypted), the rows moved to the survivor and the rows dropped as
-- duplicates of the survivor's own (same category, same campaign).
create table registry.veteran_merge (
    id                 bigint      generated always as identity primary key,
    survivor_id        bigint      not null references registry.veteran (id),
    merged_id          bigint      not null unique references registry.veteran (id),
    fields_from_merged text[]      not null,
    survivor_before    jsonb       not null,
    merged_before      jsonb       not null,
    moved              jsonb       not null,
    dropped            jsonb       not null,
    merged_by          text        not null,
    merged_at          timestamptz not null default now(),
    check (survivor_id <> merged_id)
);
create index veteran_merge_survivor_idx on registry.veteran_merge (survivor_id);
