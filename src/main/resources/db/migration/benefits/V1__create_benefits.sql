create schema if not exists benefits;

-- 抚恤补助标准 (rules §2.7: keyed by 类别 × 等级 × 性质 × 户籍类别 × 所属县区, 生效日期, 省标准 + local add-ons).
-- region_code is the level the standard is set at: '000000000000' national, a province, a city
-- or a county; the most specific one that matches a household wins for each component. A
-- standard takes effect only when approved by someone other than its author.
create table benefits.benefit_standard (
    id               bigint      generated always as identity primary key,
    benefit_type     text        not null,
    category         text        not null,
    disability_grade integer     not null default 0 check (disability_grade between 0 and 10),
    disability_cause text        not null default '' check (disability_cause in ('', 'COMBAT', 'DUTY', 'ILLNESS')),
    household_type   text        not null default 'ANY' check (household_type in ('ANY', 'URBAN', 'RURAL')),
    region_code      text        not null check (region_code ~ '^[0-9]{12}$'),
    component        text        not null default 'BASE' check (component ~ '^[A-Z_]{1,30}$'),
    effective_from   date        not null check (effective_from = date_trunc('month', effective_from)),
    -- Either a yearly amount (元/年 as published) or a percentage of a local indicator
    -- (护理费 = % of 当地上一年度城镇单位就业人员月平均工资, 抚恤条例 Art 34).
    annual_fen       bigint      check (annual_fen >= 0),
    percent          numeric(6,2) check (percent > 0),
    indicator_fen    bigint      check (indicator_fen > 0),
    indicator_name   text        check (length(indicator_name) <= 100),
    monthly_fen      bigint      not null check (monthly_fen >= 0),
    basis            text        not null check (length(basis) between 1 and 300),
    status           text        not null check (status in ('DRAFT', 'APPROVED', 'REJECTED')),
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    decided_by       text,
    decided_at       timestamptz,
    check ((annual_fen is null) <> (percent is null)),
    check ((percent is null) = (indicator_fen is null)),
    check (status = 'DRAFT' or decided_by is not null),
    check (decided_by is null or decided_by <> created_by)
);
create unique index benefit_standard_key_idx on benefits.benefit_standard
    (benefit_type, category, disability_grade, disability_cause, household_type, region_code, component, effective_from)
    where status = 'APPROVED';

-- 发放批次: one benefit, months [first_month, first_month + months), one region subtree.
create table benefits.payment_run (
    id              bigint      generated always as identity primary key,
    benefit_type    text        not null,
    region_code     text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    first_month     date        not null check (first_month = date_trunc('month', first_month)),
    months          integer     not null check (months between 1 and 24),
    follow_up_of    bigint      references benefits.payment_run (id),
    status          text        not null check (status in ('PREPARING', 'PREPARED', 'APPROVED', 'EXPORTED',
                                                           'RECONCILED', 'CANCELLED')),
    line_count      bigint      not null default 0,
    payee_count     bigint      not null default 0,
    -- one month of regular lines only: one line per payee, the bank file needs no grouping
    single_line_payees boolean  not null default false,
    total_fen       bigint      not null default 0,
    paid_count      bigint      not null default 0,
    failed_count    bigint      not null default 0,
    prepared_by     text        not null,
    prepared_at     timestamptz not null default now(),
    approved_by     text,
    approved_at     timestamptz,
    exported_by     text,
    exported_at     timestamptz,
    reconciled_by   text,
    reconciled_at   timestamptz,
    remark          text        check (length(remark) <= 500),
    check (approved_by is null or approved_by <> prepared_by)
);
create index payment_run_region_idx on benefits.payment_run (region_code, id);

-- The resolved standard of a run: per county, entitlement key and month, what one month
-- pays and why. Lines point here instead of repeating the explanation a million times.
create table benefits.payment_rate (
    id               bigint  generated always as identity primary key,
    run_id           bigint  not null references benefits.payment_run (id),
    county_code      text    not null,
    category         text    not null,
    disability_grade integer not null,
    disability_cause text    not null,
    month            date    not null,
    standard_id      bigint  not null references benefits.benefit_standard (id),
    monthly_fen      bigint  not null,
    explanation      text    not null,
    unique (run_id, county_code, category, disability_grade, disability_cause, month)
);

-- Preparation in chunks of beneficiary ids, each committed with its lines: a crashed or
-- killed preparation resumes with the chunks not done.
create table benefits.payment_run_chunk (
    run_id  bigint not null references benefits.payment_run (id),
    lo      bigint not null,
    hi      bigint not null,
    done    boolean not null default false,
    lines   bigint not null default 0,
    primary key (run_id, lo)
);

-- 发放明细, one row per beneficiary × benefit × month (× basis). The primary key is the
-- exactly-once guarantee: a live line has attempt = 0, so a beneficiary can hold at most one
-- live line for a benefit and month, whichever run, connection or retry writes it. A line
-- the bank returns as failed gets attempt = its run id, which frees the month for the
-- follow-up run and keeps the failure on record. basis is 0 for the regular payment, the
-- standard id for a 补发 top-up after a 调标, the payable id for a one-off payment.
-- One-off lines have no beneficiary record: beneficiary_id 0, veteran_id says who.
create table benefits.payment_line (
    beneficiary_id      bigint  not null,
    benefit_type        text    not null,
    period_month        date    not null,
    basis               bigint  not null,
    attempt             bigint  not null,
    run_id              bigint  not null,
    kind                text    not null check (kind in ('REGULAR', 'TOP_UP', 'FUNERAL', 'ONE_OFF', 'RECOVERY')),
    veteran_id          bigint  not null,
    region_code         text    not null,
    payee_name          text    not null,
    bank_name           text,
    bank_account_mask   text,
    bank_account_cipher bytea,
    amount_fen          bigint  not null,
    standard_id         bigint,
    rate_id             bigint,
    note                text,
    state               text    not null check (state in ('PENDING', 'PAID', 'FAILED')),
    failure_reason      text,
    settled_on          date,
    primary key (beneficiary_id, benefit_type, period_month, basis, attempt)
);
-- Lines of a run sit together on disk (written by one preparation): a BRIN index finds them
-- for the bank file and reconciliation at almost no write cost.
create index payment_line_run_brin on benefits.payment_line using brin (run_id) with (pages_per_range = 16);

-- 追缴: money paid for months after a death reported late (抚恤条例 Art 58 追缴).
create table benefits.overpayment (
    id              bigint      generated always as identity primary key,
    beneficiary_id  bigint      not null,
    benefit_type    text        not null,
    veteran_id      bigint      not null,
    region_code     text        not null,
    first_month     date        not null,
    last_month      date        not null,
    amount_fen      bigint      not null check (amount_fen > 0),
    reason          text        not null,
    status          text        not null default 'OPEN' check (status in ('OPEN', 'RECOVERED', 'WAIVED')),
    created_at      timestamptz not null default now(),
    unique (beneficiary_id, benefit_type, first_month)
);

-- One-off payables other modules schedule (hardship grants, merit awards); a run of their
-- benefit type pays them. reference is the caller's id, unique.
create table benefits.one_off_payable (
    id              bigint      generated always as identity primary key,
    reference       text        not null unique check (length(reference) between 1 and 100),
    benefit_type    text        not null,
    veteran_id      bigint      not null,
    family_member_id bigint,
    region_code     text        not null,
    amount_fen      bigint      not null check (amount_fen > 0),
    due_month       date        not null check (due_month = date_trunc('month', due_month)),
    description     text        check (length(description) <= 200),
    status          text        not null default 'SCHEDULED' check (status in ('SCHEDULED', 'PAID', 'FAILED')),
    failure_reason  text,
    scheduled_by    text        not null,
    scheduled_at    timestamptz not null default now()
);
create index one_off_payable_region_idx on benefits.one_off_payable (benefit_type, status, region_code);

-- 补发 of months not paid while a beneficiary was 中止 (抚恤条例 Art 59), when the pause proves
-- unlawful afterwards (e.g. a conviction overturned): the next run pays the months not yet paid.
create table benefits.back_pay (
    id             bigint      generated always as identity primary key,
    beneficiary_id bigint      not null,
    benefit_type   text        not null,
    first_month    date        not null check (first_month = date_trunc('month', first_month)),
    last_month     date        not null check (last_month = date_trunc('month', last_month)),
    reason         text        not null check (length(reason) between 1 and 500),
    authorized_by  text        not null,
    created_at     timestamptz not null default now(),
    check (last_month >= first_month)
);
create index back_pay_beneficiary_idx on benefits.back_pay (beneficiary_id);
