-- 义务兵家庭优待金 (兵役法 Art 50; 抚恤条例 Art 42; 征兵工作条例 Art 62: 城乡统一标准, 批准入伍地县级政府发放;
-- 浙江省军人军属权益保障条例 Art 7). A county's standard per year: % of a local income indicator,
-- multipliers for hardship areas, uplifts (% of the base) for education and merit.
create table benefits.conscript_allowance_standard (
    id                   bigint       generated always as identity primary key,
    county_code          text         not null check (county_code ~ '^[1-9][0-9]{5}000000$'),
    year                 integer      not null check (year between 2000 and 2100),
    indicator_name       text         not null check (length(indicator_name) between 1 and 100),
    indicator_fen        bigint       not null check (indicator_fen > 0),
    percent              numeric(6,2) not null check (percent > 0),
    tibet_multiplier     numeric(4,2) not null default 1 check (tibet_multiplier >= 1),
    xinjiang_multiplier  numeric(4,2) not null default 1 check (xinjiang_multiplier >= 1),
    plateau_multiplier   numeric(4,2) not null default 1 check (plateau_multiplier >= 1),
    student_uplift       numeric(6,2) not null default 0,
    college_uplift       numeric(6,2) not null default 0,
    bachelor_uplift      numeric(6,2) not null default 0,
    outstanding_uplift   numeric(6,2) not null default 0,
    third_class_uplift   numeric(6,2) not null default 0,
    second_class_uplift  numeric(6,2) not null default 0,
    first_class_uplift   numeric(6,2) not null default 0,
    honor_title_uplift   numeric(6,2) not null default 0,
    basis                text         not null check (length(basis) between 1 and 300),
    status               text         not null check (status in ('DRAFT', 'APPROVED', 'REJECTED')),
    created_by           text         not null,
    created_at           timestamptz  not null default now(),
    decided_by           text,
    decided_at           timestamptz,
    check (decided_by is null or decided_by <> created_by)
);
create unique index conscript_allowance_standard_key_idx on benefits.conscript_allowance_standard (county_code, year)
    where status = 'APPROVED';

-- Conscripts of the county (批准入伍地) whose families receive the allowance.
create table benefits.conscript (
    id            bigint      generated always as identity primary key,
    name          text        not null check (length(name) between 1 and 50),
    region_code   text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    enlisted_on   date        not null,
    discharged_on date,
    service_area  text        not null check (service_area in ('ORDINARY', 'TIBET', 'XINJIANG', 'PLATEAU')),
    education     text        not null check (education in ('OTHER', 'STUDENT', 'COLLEGE', 'BACHELOR')),
    merit         text        not null default 'NONE'
                              check (merit in ('NONE', 'OUTSTANDING_SOLDIER', 'THIRD_CLASS', 'SECOND_CLASS', 'FIRST_CLASS', 'HONOR_TITLE')),
    family_contact text       check (length(family_contact) <= 100),
    created_by    text        not null,
    created_at    timestamptz not null default now()
);
create index conscript_region_idx on benefits.conscript (region_code, id);

-- The yearly roster: one row per conscript family and year, with the formula written out.
create table benefits.conscript_allowance_line (
    conscript_id  bigint      not null references benefits.conscript (id),
    year          integer     not null,
    standard_id   bigint      not null references benefits.conscript_allowance_standard (id),
    region_code   text        not null,
    amount_fen    bigint      not null check (amount_fen >= 0),
    explanation   text        not null,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    primary key (conscript_id, year)
);
