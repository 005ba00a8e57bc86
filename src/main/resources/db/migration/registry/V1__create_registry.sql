create schema if not exists registry;

-- Code lists an administrator may extend (优抚对象类别, 军种, 安置方式, 学历, 政治面貌, 家庭关系).
-- Items are deactivated, never deleted, so old records keep a label.
create table registry.dictionary_item (
    id         bigint  generated always as identity primary key,
    kind       text    not null check (kind in ('BENEFICIARY_CATEGORY', 'MILITARY_BRANCH', 'DISCHARGE_TYPE',
                                                'EDUCATION', 'POLITICAL_STATUS', 'RELATIONSHIP')),
    code       text    not null check (code ~ '^[A-Za-z0-9_]{1,30}$'),
    label      text    not null check (length(label) between 1 and 50),
    sort_order integer not null default 0,
    builtin    boolean not null default false,
    active     boolean not null default true,
    unique (kind, code)
);

-- The person file (建档立卡). ID, phone and bank account numbers are never stored in clear
-- (个人信息保护法 Art 28, 51): *_cipher is SM4-GCM (key id ‖ IV ‖ ciphertext ‖ tag), *_index an
-- HMAC-SM3 blind index for exact lookup and uniqueness, *_mask what the UI shows.
create table registry.veteran (
    id                    bigint      generated always as identity primary key,
    name                  text        not null check (length(name) between 1 and 50),
    gender                text        not null check (gender in ('MALE', 'FEMALE')),
    birth_date            date        not null,
    id_number_cipher      bytea       not null,
    id_number_index       bytea       not null,
    id_number_mask        text        not null,
    phone_cipher          bytea,
    phone_index           bytea,
    phone_mask            text,
    bank_name             text        check (length(bank_name) <= 50),
    bank_account_cipher   bytea,
    bank_account_mask     text,
    household_region_code text        not null check (household_region_code ~ '^[1-9][0-9]{11}$'),
    address               text        check (length(address) <= 200),
    education             text,
    political_status      text,
    enlistment_date       date,
    discharge_date        date,
    military_branch       text,
    military_rank         text        check (length(military_rank) <= 30),
    discharge_type        text,
    service_unit          text        check (length(service_unit) <= 100),
    hardship              boolean     not null default false,
    name_pinyin           text[]      not null default '{}',
    name_initials         text[]      not null default '{}',
    created_at            timestamptz not null default now(),
    created_by            text,
    updated_at            timestamptz not null default now(),
    check (discharge_date is null or enlistment_date is null or discharge_date > enlistment_date),
    check ((phone_cipher is null) = (phone_index is null))
);
-- One file per person in the whole country's data, whoever's scope it is in.
create unique index veteran_id_number_index_idx on registry.veteran (id_number_index);
create index veteran_phone_index_idx on registry.veteran (phone_index) where phone_index is not null;
create index veteran_region_idx on registry.veteran (household_region_code, id);
create index veteran_birth_date_idx on registry.veteran (birth_date);

-- Search keys of a veteran's name: the name itself and every pinyin reading (full and initials).
-- Collation "C" makes byte order the sort order, so a prefix is a range (key >= 'zs' and key < 'zt')
-- on the b-tree; the region code rides along so that the scope filter needs no table visit.
create table registry.veteran_name_key (
    veteran_id  bigint not null references registry.veteran (id) on delete cascade,
    key         text   collate "C" not null,
    region_code text   not null,
    primary key (veteran_id, key)
);
create index veteran_name_key_key_idx on registry.veteran_name_key (key, region_code);

create table registry.family_member (
    id               bigint      generated always as identity primary key,
    veteran_id       bigint      not null references registry.veteran (id),
    relationship     text        not null,
    name             text        not null check (length(name) between 1 and 50),
    gender           text        check (gender in ('MALE', 'FEMALE')),
    birth_date       date,
    id_number_cipher bytea,
    id_number_index  bytea,
    id_number_mask   text,
    phone_cipher     bytea,
    phone_index      bytea,
    phone_mask       text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check ((id_number_cipher is null) = (id_number_index is null))
);
create index family_member_veteran_idx on registry.family_member (veteran_id);
-- Not unique: one person can be the parent of two veterans.
create index family_member_id_number_index_idx on registry.family_member (id_number_index)
    where id_number_index is not null;

-- A person (the veteran, or one of their family members) holding one beneficiary category;
-- a person may hold several (双重身份).
create table registry.beneficiary (
    id               bigint      generated always as identity primary key,
    veteran_id       bigint      not null references registry.veteran (id),
    family_member_id bigint      references registry.family_member (id),
    category         text        not null,
    disability_grade smallint    check (disability_grade between 1 and 10),
    disability_cause text        check (disability_cause in ('COMBAT', 'DUTY', 'ILLNESS')),
    certificate_no   text        check (length(certificate_no) <= 50),
    status           text        not null check (status in ('ACCEPTED', 'RECEIVING', 'SUSPENDED', 'PAUSED',
                                                            'CANCELLED', 'TRANSFERRED', 'DECEASED')),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check ((disability_grade is null) = (disability_cause is null)),
    unique nulls not distinct (veteran_id, family_member_id, category)
);
create index beneficiary_veteran_idx on registry.beneficiary (veteran_id);
create index beneficiary_category_status_idx on registry.beneficiary (category, status);

-- Every status change with who, when, why and how far benefits were paid (抚恤金已发至月份),
-- which death and transfer handling needs to recover overpayments (rules §2.6).
create table registry.beneficiary_status_change (
    id                 bigint      generated always as identity primary key,
    beneficiary_id     bigint      not null references registry.beneficiary (id),
    from_status        text,
    to_status          text        not null,
    changed_by         text        not null,
    changed_at         timestamptz not null default now(),
    reason             text        check (length(reason) <= 500),
    paid_through_month date        check (paid_through_month = date_trunc('month', paid_through_month))
);
create index beneficiary_status_change_beneficiary_idx on registry.beneficiary_status_change (beneficiary_id, id);
