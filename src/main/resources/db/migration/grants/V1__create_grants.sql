create schema if not exists grants;

-- 临时困难补助类别 (CAM HELP.TYPE): a code list the county extends; items are deactivated, never
-- deleted, so old applications keep their label.
create table grants.grant_type (
    code       text    primary key check (code ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    name       text    not null check (length(name) between 1 and 30),
    sort_order int     not null default 0,
    active     boolean not null default true
);

insert into grants.grant_type (code, name, sort_order) values
    ('MEDICAL', '医疗救助', 10), ('HOUSING', '住房困难', 20), ('EDUCATION', '子女教育', 30),
    ('LIVING', '生活困难', 40), ('ACCIDENT', '意外事故', 50), ('DISASTER', '灾害', 60), ('OTHER', '其他', 90);

-- Who may approve how much, per county and review level (rules §3.2: e.g. a township approves up
-- to 500 yuan, above goes to the county). No row means the built-in default of ReviewPolicy.
create table grants.review_level_setting (
    county_code text        not null check (county_code ~ '^[1-9][0-9]{5}000000$'),
    level       text        not null check (level in ('VILLAGE', 'TOWNSHIP', 'COUNTY')),
    enabled     boolean     not null,
    cap_fen     bigint      check (cap_fen >= 0),
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    primary key (county_code, level)
);

-- 临时困难补助申请 (CAM BptTemporaryHelp). Amounts in fen. veteran_name is the name at application
-- time, so lists need no call into the registry per row.
create table grants.hardship_grant (
    id                bigint      generated always as identity primary key,
    veteran_id        bigint      not null,
    veteran_name      text        not null,
    region_code       text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    grant_type        text        not null references grants.grant_type (code),
    requested_fen     bigint      not null check (requested_fen > 0),
    recommended_fen   bigint      check (recommended_fen > 0),
    approved_fen      bigint      check (approved_fen > 0),
    reason            text        not null check (length(reason) between 1 and 1000),
    household_size    int         check (household_size between 1 and 30),
    payout            text        not null check (payout in ('PAYMENT_RUN', 'OFFLINE')),
    status            text        not null check (status in ('UNDER_REVIEW', 'RETURNED', 'APPROVED', 'REJECTED',
                                                             'PAID', 'PAYMENT_FAILED')),
    current_level     text        check (current_level in ('VILLAGE', 'TOWNSHIP', 'COUNTY')),
    round             int         not null default 1,
    submitted_by      text        not null,
    submitted_at      timestamptz not null default now(),
    decided_on        date,
    paid_on           date,
    paid_method       text        check (length(paid_method) <= 30),
    paid_voucher      text        check (length(paid_voucher) <= 100),
    paid_by           text,
    payment_reference text        check (length(payment_reference) <= 100),
    payment_failure   text        check (length(payment_failure) <= 500),
    check ((status = 'UNDER_REVIEW') = (current_level is not null)),
    check ((status in ('APPROVED', 'PAID', 'PAYMENT_FAILED')) = (approved_fen is not null))
);

create index hardship_grant_region_idx on grants.hardship_grant (region_code, id);
create index hardship_grant_veteran_idx on grants.hardship_grant (veteran_id);
-- The inbox: what waits at one level inside a region range.
create index hardship_grant_review_idx on grants.hardship_grant (current_level, region_code)
    where status = 'UNDER_REVIEW';

-- Every decision, level by level (CAM: 村(居)/乡镇(街道)/县 负责人, 审核时间, 意见).
create table grants.review_decision (
    id         bigint      generated always as identity primary key,
    grant_id   bigint      not null references grants.hardship_grant (id),
    round      int         not null,
    level      text        not null check (level in ('VILLAGE', 'TOWNSHIP', 'COUNTY')),
    outcome    text        not null check (outcome in ('APPROVED', 'FORWARDED', 'RETURNED', 'REJECTED')),
    amount_fen bigint      check (amount_fen > 0),
    remark     text        check (length(remark) <= 500),
    decided_by text        not null,
    decided_at timestamptz not null default now(),
    unique (grant_id, round, decided_by)
);

create index review_decision_grant_idx on grants.review_decision (grant_id, id);
