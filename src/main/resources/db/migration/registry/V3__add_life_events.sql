-- Death of a veteran or family member (CAM BptStateChange: 死亡日期). Recorded once; the
-- beneficiary records stop with their own history rows.
alter table registry.veteran
    add column death_date        date,
    add column death_source      text check (length(death_source) <= 50),
    add column death_remark      text check (length(death_remark) <= 500),
    add column death_reported_by text,
    add column death_reported_at timestamptz,
    add check ((death_date is null) = (death_source is null));

alter table registry.family_member
    add column death_date        date,
    add column death_source      text check (length(death_source) <= 50),
    add column death_remark      text check (length(death_remark) <= 500),
    add column death_reported_by text,
    add column death_reported_at timestamptz,
    add check ((death_date is null) = (death_source is null));

-- Age-trigger reminders look family members up by birth date range.
create index family_member_birth_date_idx on registry.family_member (birth_date) where birth_date is not null;

-- 迁移: a change of household region, asked by the sending side and decided by the receiving side.
create table registry.transfer_request (
    id               bigint      generated always as identity primary key,
    veteran_id       bigint      not null references registry.veteran (id),
    from_region_code text        not null check (from_region_code ~ '^[1-9][0-9]{11}$'),
    to_region_code   text        not null check (to_region_code ~ '^[1-9][0-9]{11}$'),
    reason           text        not null check (length(reason) between 1 and 500),
    status           text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by     text        not null,
    requested_at     timestamptz not null default now(),
    decided_by       text,
    decided_at       timestamptz,
    decided_on       date,
    decision_reason  text        check (length(decision_reason) <= 500),
    check (from_region_code <> to_region_code),
    check ((status = 'PENDING') = (decided_by is null))
);
-- At most one open request per veteran.
create unique index transfer_request_pending_idx on registry.transfer_request (veteran_id) where status = 'PENDING';
create index transfer_request_to_idx on registry.transfer_request (to_region_code, id);
create index transfer_request_from_idx on registry.transfer_request (from_region_code, id);

-- A reminder (CAM INFORMATIONCUE.TYPE) that staff have dealt with; it leaves the work queue.
create table registry.reminder_handled (
    id          bigint      generated always as identity primary key,
    kind        text        not null check (kind in ('SURVIVOR_CHILD_18', 'SURVIVOR_CHILD_22', 'VETERAN_60', 'VETERAN_55')),
    person_type text        not null check (person_type in ('VETERAN', 'FAMILY_MEMBER')),
    person_id   bigint      not null,
    note        text        check (length(note) <= 500),
    handled_by  text        not null,
    handled_at  timestamptz not null default now(),
    unique (kind, person_type, person_id)
);

-- 年度确认 (抚恤条例 Art 8, 褒扬条例 Art 23): a campaign snapshots everyone receiving benefits in a
-- region; each item is confirmed once. Overdue is computed from the deadline, never stored.
create table registry.confirmation_campaign (
    id          bigint      generated always as identity primary key,
    year        integer     not null check (year between 2000 and 2100),
    name        text        not null check (length(name) between 1 and 100),
    region_code text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    deadline    date        not null,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);
create index confirmation_campaign_region_idx on registry.confirmation_campaign (region_code, id);

create table registry.confirmation_item (
    id               bigint      generated always as identity primary key,
    campaign_id      bigint      not null references registry.confirmation_campaign (id),
    veteran_id       bigint      not null references registry.veteran (id),
    family_member_id bigint      references registry.family_member (id),
    region_code      text        not null,
    categories       text[]      not null,
    method           text        check (method in ('ON_SITE', 'HOME_VISIT', 'REMOTE')),
    confirmed_on     date,
    remark           text        check (length(remark) <= 500),
    confirmed_by     text,
    confirmed_at     timestamptz,
    check ((method is null) = (confirmed_on is null)),
    unique nulls not distinct (campaign_id, veteran_id, family_member_id)
);
create index confirmation_item_campaign_idx on registry.confirmation_item (campaign_id, region_code, id);
