create schema if not exists attachments;

-- Files attached to other modules' records. owner_kind/owner_id name the record (e.g.
-- 'registry.veteran', '42'); the owning module checks access before reading. The SHA-256 lets
-- a downloaded copy be checked against what was uploaded (evidence of a visit or a payment).
create table attachments.attachment (
    id           uuid        primary key default gen_random_uuid(),
    owner_kind   text        not null,
    owner_id     text        not null,
    file_name    text        not null,
    content_type text        not null,
    size         bigint      not null check (size > 0),
    sha256       text        not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
create index attachment_owner_idx on attachments.attachment (owner_kind, owner_id, uploaded_at);
