create schema if not exists care;

-- 军警部队 / 驻地官兵: garrison units in a region, visited and included in festival campaigns.
create table care.garrison_unit (
    id            bigint      generated always as identity primary key,
    name          text        not null check (length(name) between 1 and 100),
    kind          text        not null check (kind in ('PLA', 'ARMED_POLICE', 'FIRE_RESCUE')),
    region_code   text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    address       text        check (length(address) <= 200),
    contact_name  text        check (length(contact_name) <= 50),
    contact_phone text        check (length(contact_phone) <= 30),
    headcount     integer     check (headcount >= 0),
    active        boolean     not null default true,
    created_at    timestamptz not null default now(),
    unique (region_code, name)
);

-- A cadence for one target group (保障法 Art 59 定期走访慰问; e.g. 每季度联系、每年走访). The
-- plan's people are materialised from registry.veteran_profile into plan_target.
create table care.visit_plan (
    id              bigint      generated always as identity primary key,
    name            text        not null check (length(name) between 1 and 50),
    target_group    text        not null check (target_group in ('RETIRED_OFFICER', 'HARDSHIP_VETERAN', 'KEY_BENEFICIARY')),
    categories      text[]      not null default '{}',
    visit_kind      text        not null check (visit_kind in ('CONTACT', 'HOME_VISIT')),
    interval_months integer     not null check (interval_months between 1 and 60),
    warn_days       integer     not null check (warn_days between 0 and 366),
    region_code     text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    starts_on       date        not null,
    active          boolean     not null default true,
    created_by      text        not null,
    created_at      timestamptz not null default now()
);

create table care.plan_target (
    plan_id     bigint not null references care.visit_plan (id) on delete cascade,
    veteran_id  bigint not null,
    person_name text   not null,
    region_code text   not null,
    primary key (plan_id, veteran_id)
);
create index plan_target_region_idx on care.plan_target (region_code, plan_id);
create index plan_target_veteran_idx on care.plan_target (veteran_id);

-- Per person, the last home visit and the last contact of any kind (a home visit is a contact):
-- the countdown's "next due" is computed from these in one query.
create table care.person_contact (
    veteran_id      bigint primary key,
    last_visit_on   date,
    last_contact_on date
);

create table care.visit (
    id               bigint      generated always as identity primary key,
    veteran_id       bigint,
    garrison_unit_id bigint      references care.garrison_unit (id),
    subject_name     text        not null,
    region_code      text        not null,
    kind             text        not null check (kind in ('CONTACT', 'HOME_VISIT')),
    visited_on       date        not null,
    visitors         text        not null check (length(visitors) between 1 and 200),
    location         text        check (length(location) <= 200),
    gifts            text        check (length(gifts) <= 500),
    gift_value_fen   bigint      not null default 0 check (gift_value_fen >= 0),
    funds_fen        bigint      not null default 0 check (funds_fen >= 0),
    opinions         text        check (length(opinions) <= 2000),
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    check ((veteran_id is null) <> (garrison_unit_id is null))
);
create index visit_region_idx on care.visit (region_code, visited_on desc, id desc);
create index visit_veteran_idx on care.visit (veteran_id, visited_on desc) where veteran_id is not null;

-- 实际问题: every problem heard on a visit, tracked until resolved (发现-登记-化解-回访).
create table care.problem (
    id           bigint      generated always as identity primary key,
    visit_id     bigint      not null references care.visit (id),
    region_code  text        not null,
    subject_name text        not null,
    description  text        not null check (length(description) between 1 and 500),
    assignee     text        not null check (length(assignee) between 1 and 50),
    deadline     date        not null,
    status       text        not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED')),
    closing_note text        check (length(closing_note) <= 1000),
    resolved_on  date,
    resolved_by  text,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    check ((status = 'RESOLVED') = (closing_note is not null)),
    check ((status = 'RESOLVED') = (resolved_on is not null))
);
create index problem_region_idx on care.problem (region_code, deadline);
create index problem_visit_idx on care.problem (visit_id);

-- 节日慰问活动: a campaign over a region with a budget and a standard per target type.
create table care.campaign (
    id          bigint      generated always as identity primary key,
    kind        text        not null check (kind in ('SPRING_FESTIVAL', 'ARMY_DAY')),
    year        integer     not null check (year between 2000 and 2100),
    name        text        not null check (length(name) between 1 and 50),
    region_code text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    starts_on   date        not null,
    ends_on     date        not null,
    budget_fen  bigint      not null check (budget_fen >= 0),
    categories  text[]      not null default '{}',
    status      text        not null check (status in ('OPEN', 'CLOSED')),
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    check (ends_on >= starts_on),
    unique (kind, year, region_code)
);

create table care.campaign_standard (
    campaign_id bigint not null references care.campaign (id) on delete cascade,
    target_type text   not null check (target_type in ('KEY_BENEFICIARY', 'HARDSHIP_VETERAN', 'RETIRED_OFFICER',
                                                       'GARRISON_UNIT')),
    amount_fen  bigint not null check (amount_fen >= 0),
    primary key (campaign_id, target_type)
);

-- The target list, generated once when the campaign starts; completion with date, spend and note.
create table care.campaign_target (
    id               bigint      generated always as identity primary key,
    campaign_id      bigint      not null references care.campaign (id) on delete cascade,
    target_type      text        not null,
    veteran_id       bigint,
    garrison_unit_id bigint      references care.garrison_unit (id),
    subject_name     text        not null,
    region_code      text        not null,
    standard_fen     bigint      not null,
    completed_on     date,
    completed_by     text,
    spent_fen        bigint      check (spent_fen >= 0),
    note             text        check (length(note) <= 500),
    check ((veteran_id is null) <> (garrison_unit_id is null)),
    check ((completed_on is null) = (spent_fen is null)),
    unique (campaign_id, veteran_id),
    unique (campaign_id, garrison_unit_id)
);
create index campaign_target_region_idx on care.campaign_target (campaign_id, region_code);
