create schema if not exists calendar;

-- One row per year whose official arrangement (国务院办公厅关于部分节假日安排的通知) is loaded. A year
-- without a row is counted on weekends alone and every deadline through it is flagged provisional.
create table calendar.holiday_year (
    year         int         primary key check (year between 2000 and 2100),
    source       text        not null check (length(source) between 1 and 200),
    published_on date,
    loaded_by    text        not null,
    loaded_at    timestamptz not null default now()
);

-- The days an arrangement lists: rest days (法定节假日 and the days joined to them) and weekends
-- made working days (调休上班). Any other day follows the week.
create table calendar.special_day (
    day  date primary key,
    year int  not null references calendar.holiday_year (year),
    kind text not null check (kind in ('REST', 'WORK')),
    name text not null check (length(name) between 1 and 20),
    check (extract(year from day) = year),
    check (kind = 'REST' or extract(isodow from day) in (6, 7))
);

create index special_day_year_idx on calendar.special_day (year);

-- 2025: 国办发明电〔2024〕12号 (2024-11-12), the first year under the 2024 revision of
-- 《全国年节及纪念日放假办法》. 2026: 国务院办公厅 notice of 2025-11-04.
insert into calendar.holiday_year (year, source, published_on, loaded_by) values
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', '2024-11-12', 'migration'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知', '2025-11-04', 'migration');

insert into calendar.special_day (day, year, kind, name)
select d::date, extract(year from d)::int, 'REST', r.name
from (values
    ('2025-01-01', '2025-01-01', '元旦'),
    ('2025-01-28', '2025-02-04', '春节'),
    ('2025-04-04', '2025-04-06', '清明节'),
    ('2025-05-01', '2025-05-05', '劳动节'),
    ('2025-05-31', '2025-06-02', '端午节'),
    ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ('2026-01-01', '2026-01-03', '元旦'),
    ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'),
    ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')
) as r (first_day, last_day, name)
cross join lateral generate_series(r.first_day::date, r.last_day::date, interval '1 day') as d;

insert into calendar.special_day (day, year, kind, name) values
    ('2025-01-26', 2025, 'WORK', '春节'), ('2025-02-08', 2025, 'WORK', '春节'),
    ('2025-04-27', 2025, 'WORK', '劳动节'),
    ('2025-09-28', 2025, 'WORK', '国庆节、中秋节'), ('2025-10-11', 2025, 'WORK', '国庆节、中秋节'),
    ('2026-01-04', 2026, 'WORK', '元旦'),
    ('2026-02-14', 2026, 'WORK', '春节'), ('2026-02-28', 2026, 'WORK', '春节'),
    ('2026-05-09', 2026, 'WORK', '劳动节'),
    ('2026-09-20', 2026, 'WORK', '国庆节'), ('2026-10-10', 2026, 'WORK', '国庆节');
