-- Dated parameters of statutory formulas, each with its source (抚恤条例 Art 15 ¶2: the 一次性抚恤金 is
-- 上一年度全国城镇居民人均可支配收入 × 20 (因公牺牲) or × 2 (病故) + 40 months of 本人基本工资, never less than
-- 少尉军官基本工资). A value applies from effective_from until a later one of the same code.
create table benefits.standard_parameter (
    id             bigint      generated always as identity primary key,
    code           text        not null check (code in ('NATIONAL_URBAN_DISPOSABLE_INCOME', 'SECOND_LIEUTENANT_BASE_PAY')),
    effective_from date        not null,
    value_fen      bigint      not null check (value_fen > 0),
    source         text        not null check (length(source) between 1 and 300),
    entered_by     text        not null,
    entered_at     timestamptz not null default now(),
    unique (code, effective_from)
);

-- 国家统计局 figures (全国居民人均可支配收入, 城镇居民): annual, effective from 1 January of the year
-- they measure; a death in year Y takes the figure of year Y-1 (上一年度).
insert into benefits.standard_parameter (code, effective_from, value_fen, source, entered_by) values
    ('NATIONAL_URBAN_DISPOSABLE_INCOME', date '2023-01-01', 5182100,
     '国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》：城镇居民人均可支配收入51821元', 'migration'),
    ('NATIONAL_URBAN_DISPOSABLE_INCOME', date '2024-01-01', 5418800,
     '国家统计局《中华人民共和国2024年国民经济和社会发展统计公报》：城镇居民人均可支配收入54188元', 'migration');

-- The statutory effect a veteran's death ran (抚恤条例 Art 32), once per death: the 一次性抚恤金 owed to
-- the survivors with every input of its formula, or why it could not be computed yet; the survivors'
-- pension category to register (22 因公牺牲军人遗属 for ¶1, 23 病故军人遗属 for ¶2 1–4级 因战/因公).
create table benefits.death_effect (
    veteran_id          bigint      primary key,
    death_date          date        not null,
    cause               text        not null check (cause in ('ILLNESS', 'OLD_INJURY', 'COMBAT', 'DUTY', 'OTHER')),
    article             text        not null check (length(article) between 1 and 100),
    region_code         text        not null,
    lump_sum_fen        bigint      check (lump_sum_fen > 0),
    income_year         integer,
    income_fen          bigint,
    base_pay_fen        bigint,
    lump_sum_basis      text        check (length(lump_sum_basis) <= 500),
    missing_parameter   text        check (length(missing_parameter) <= 200),
    survivor_category   text        check (survivor_category in ('22', '23')),
    recorded_at         timestamptz not null default now()
);
create index death_effect_region_idx on benefits.death_effect (region_code);
