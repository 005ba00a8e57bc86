create schema if not exists risk;

-- 矛盾隐患排查: a screening round over a region (e.g. a village, monthly) with one checklist per
-- person kept in touch with. The people are read from registry.veteran_profile (ADR 0012).
create table risk.screening_round (
    id           bigint      generated always as identity primary key,
    name         text        not null check (length(name) between 1 and 50),
    region_code  text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    period_month date        not null check (extract(day from period_month) = 1),
    due_on       date        not null,
    status       text        not null check (status in ('OPEN', 'CLOSED')),
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    closed_at    timestamptz,
    unique (region_code, period_month)
);
create index screening_round_region_idx on risk.screening_round (region_code, period_month desc);

create table risk.screening_item (
    id          bigint      generated always as identity primary key,
    round_id    bigint      not null references risk.screening_round (id) on delete cascade,
    veteran_id  bigint      not null,
    person_name text        not null,
    region_code text        not null,
    status      text        not null check (status in ('PENDING', 'DONE')),
    findings    text[]      not null default '{}',
    note        text        check (length(note) <= 1000),
    checked_on  date,
    checked_by  text,
    check ((status = 'DONE') = (checked_on is not null)),
    unique (round_id, veteran_id)
);
create index screening_item_region_idx on risk.screening_item (round_id, region_code, status);

-- 风险隐患: level, category, owner and deadline; escalated village → township → county when raised or
-- when its deadline passes unresolved; resolved (化解) with a note and evidence (attachments).
create table risk.risk_item (
    id                  bigint      generated always as identity primary key,
    veteran_id          bigint      not null,
    person_name         text        not null,
    region_code         text        not null,
    level               text        not null check (level in ('MAJOR', 'SIGNIFICANT', 'GENERAL')),
    category            text        not null check (category in ('LIVING_HARDSHIP', 'BENEFIT_CLAIM', 'PSYCHOLOGICAL',
                                                                 'FAMILY_CONFLICT', 'LEGAL_DISPUTE', 'OTHER')),
    description         text        not null check (length(description) between 1 and 1000),
    owner               text        not null check (length(owner) between 1 and 50),
    deadline            date        not null,
    status              text        not null check (status in ('OPEN', 'RESOLVED')),
    escalation          text        not null check (escalation in ('VILLAGE', 'TOWNSHIP', 'COUNTY')),
    escalated_for       date,
    source              text        not null check (source in ('SCREENING', 'WARNING', 'MANUAL')),
    source_ref          bigint,
    resolution          text        check (length(resolution) <= 1000),
    resolved_on         date,
    resolved_by         text,
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    check ((status = 'RESOLVED') = (resolution is not null and resolved_on is not null))
);
create index risk_item_region_idx on risk.risk_item (region_code, status, deadline);
create index risk_item_veteran_idx on risk.risk_item (veteran_id);

-- What was done about a risk, in order: steps taken, escalations, the resolution.
create table risk.risk_step (
    id       bigint      generated always as identity primary key,
    item_id  bigint      not null references risk.risk_item (id),
    kind     text        not null check (kind in ('CREATED', 'STEP', 'ESCALATED', 'RESOLVED')),
    taken_on date        not null,
    note     text        not null check (length(note) between 1 and 1000),
    taken_by text        not null,
    at       timestamptz not null default now()
);
create index risk_step_item_idx on risk.risk_step (item_id, id);

-- 预警: signals from other modules (a grant refused, payments failing or stopped, a death in the
-- family, 思想动态波动, a long silence), one per signal (kind + source_ref), until someone accepts it as a
-- risk item or dismisses it with a reason.
create table risk.warning (
    id             bigint      generated always as identity primary key,
    kind           text        not null check (kind ~ '^[A-Z][A-Z_]{1,39}$'),
    kind_label     text        not null check (length(kind_label) between 1 and 30),
    veteran_id     bigint      not null,
    person_name    text        not null,
    region_code    text        not null,
    detail         text        not null check (length(detail) between 1 and 1000),
    occurred_on    date        not null,
    source_ref     text        not null,
    status         text        not null check (status in ('NEW', 'ACCEPTED', 'DISMISSED')),
    decided_by     text,
    decided_at     timestamptz,
    dismiss_reason text        check (length(dismiss_reason) <= 500),
    risk_item_id   bigint      references risk.risk_item (id),
    created_at     timestamptz not null default now(),
    unique (kind, source_ref),
    check ((status = 'DISMISSED') = (dismiss_reason is not null)),
    check ((status = 'ACCEPTED') = (risk_item_id is not null))
);
create index warning_region_idx on risk.warning (region_code, status, occurred_on desc);
