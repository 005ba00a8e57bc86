create schema if not exists contact;

-- 联系频次 (cadence) per contact group, as data. The row without a region is the default; a region's
-- own row (matched by its code prefix, the longest wins) overrides it for its subtree.
create table contact.cadence (
    id              bigint      generated always as identity primary key,
    region_code     text        check (region_code ~ '^[1-9][0-9]{11}$'),
    prefix          text        not null check (prefix ~ '^[0-9]{0,12}$'),
    contact_group   text        not null check (contact_group in ('HARDSHIP', 'KEY', 'GENERAL')),
    interval_months integer     not null check (interval_months between 1 and 24),
    source          text        not null check (length(source) between 1 and 500),
    updated_by      text        not null,
    updated_at      timestamptz not null default now(),
    check ((region_code is null) = (prefix = '')),
    unique (prefix, contact_group)
);

-- The defaults and where they come from (docs/rules.md "contact"). No national frequency was found
-- (rules §4.4: 常态化联系退役军人制度 text not found); local practice: 广德市 2025 重点联系人员每季度1次联系,
-- 巩义市 2021 镇村服务站普遍联系, 郁南县 重点联系 家庭特别困难者 and 掌握思想动态. The county sets its own.
insert into contact.cadence (region_code, prefix, contact_group, interval_months, source, updated_by) values
    (null, '', 'HARDSHIP', 1,
     '默认值：困难退役军人每月联系1次。依据：退役军人保障法第六十七条（及时掌握思想情况和工作生活状况）、军人抚恤优待条例第三十八条第二款（乡镇、街道通过入户走访等方式主动了解生活状况，及时发现生活困难的抚恤优待对象）；频次为本地工作安排，请按本县制度调整',
     'system'),
    (null, '', 'KEY', 1,
     '默认值：重点优抚对象每月联系1次。依据：烈士褒扬条例第二十五条（常态化联系烈士遗属）；参照广德市2025年重点联系人员制度（每季度至少联系1次），本平台默认从严为每月1次，请按本县制度调整',
     'system'),
    (null, '', 'GENERAL', 3,
     '默认值：其他退役军人每季度联系1次。依据：退役军人保障法第六十六条（服务站加强与退役军人联系沟通）；参照巩义市2021年镇村服务站普遍联系、广德市2025年每季度联系，请按本县制度调整',
     'system');

-- The interval of a person's group in their region: the most specific rule.
create function contact.interval_for(code text, contact_group text) returns integer
language sql stable as $$
    select c.interval_months from contact.cadence c
    where c.contact_group = interval_for.contact_group and left(code, length(c.prefix)) = c.prefix
    order by length(c.prefix) desc
    limit 1
$$;

-- One row per person kept in touch with: every living veteran and every household whose veteran has
-- died but whose survivors hold an entitlement (registry.veteran_profile, ADR 0012), with their
-- liaison, their cadence and the state of their contacts. due_on = the last contact (or, before the
-- first one, the day they were taken on) plus the interval; the boards count it.
create table contact.follow (
    veteran_id      bigint  primary key,
    person_name     text    not null,
    region_code     text    not null,
    household       boolean not null,
    contact_group   text    not null check (contact_group in ('HARDSHIP', 'KEY', 'GENERAL')),
    interval_months integer not null,
    liaison_id      bigint,
    liaison_name    text,
    followed_since  date    not null,
    last_contact_on date,
    last_channel    text,
    last_mood       text,
    due_on          date    not null,
    unreachable     boolean not null default false,
    check ((liaison_id is null) = (liaison_name is null))
);
-- The lists read a page in their own order: a small region by its region range, a large one (a
-- province's overdue people) by walking the order index until the page is full.
create index follow_region_due_idx on contact.follow (region_code, due_on);
create index follow_due_idx on contact.follow (due_on, veteran_id);
create index follow_liaison_idx on contact.follow (liaison_id, due_on) where liaison_id is not null;
create index follow_no_liaison_idx on contact.follow (region_code, veteran_id) where liaison_id is null;
create index follow_never_idx on contact.follow (due_on, veteran_id) where last_contact_on is null;
create index follow_unreachable_idx on contact.follow (region_code, veteran_id) where unreachable;

-- The village's liaison: whoever is assigned a village's people in bulk, and who takes on people
-- who move into it.
create table contact.village_liaison (
    village_code text        primary key check (village_code ~ '^[1-9][0-9]{11}$'),
    liaison_id   bigint      not null,
    liaison_name text        not null,
    assigned_by  text        not null,
    assigned_at  timestamptz not null default now()
);
create index village_liaison_staff_idx on contact.village_liaison (liaison_id);

-- Every contact with a person: recorded here (phone, home visit, WeChat, meeting) or a care visit
-- (走访慰问) heard through VisitRecorded. A failed attempt (reached = false) is kept too: it marks the
-- number unreachable but is not a contact.
create table contact.contact_record (
    id            bigint      generated always as identity primary key,
    veteran_id    bigint      not null,
    person_name   text        not null,
    region_code   text        not null,
    source        text        not null check (source in ('CONTACT', 'CARE_VISIT')),
    care_visit_id bigint      unique,
    channel       text        check (channel in ('PHONE', 'HOME_VISIT', 'WECHAT', 'MEETING')),
    contacted_on  date        not null,
    reached       boolean     not null,
    mood          text        check (mood in ('STABLE', 'CONCERN', 'UNSTABLE')),
    summary       text        check (length(summary) <= 2000),
    liaison_id    bigint,
    contacted_by  text        not null check (length(contacted_by) between 1 and 200),
    needs         integer     not null default 0 check (needs >= 0),
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    check ((source = 'CARE_VISIT') = (care_visit_id is not null)),
    check (source = 'CARE_VISIT' or channel is not null),
    check (reached or mood is null)
);
create index contact_record_person_idx on contact.contact_record (veteran_id, contacted_on desc, id desc);
create index contact_record_region_idx on contact.contact_record (region_code, contacted_on desc);

-- Maintained counts (ADR 0018): the boards read these instead of counting contact.follow. One row per
-- parent region × child region one level down × due day × state, for every level of a person's region
-- (province→city, city→county, county→township, township→village, village→itself); a board over
-- region R sums the rows whose parent is R. Kept exact by statement triggers on contact.follow.
create table contact.coverage_count (
    parent_code text    not null,
    region_code text    not null,
    due_on      date    not null,
    contacted   boolean not null,
    has_liaison boolean not null,
    unreachable boolean not null,
    people      bigint  not null,
    primary key (parent_code, region_code, due_on, contacted, has_liaison, unreachable)
);

create table contact.liaison_count (
    liaison_id  bigint  not null,
    due_on      date    not null,
    contacted   boolean not null,
    unreachable boolean not null,
    people      bigint  not null,
    primary key (liaison_id, due_on, contacted, unreachable)
);

-- Adds what one statement changed in contact.follow to the counts: +1 per new row, -1 per old row,
-- summed per key, applied in key order (so concurrent statements lock count rows in the same order).
create function contact.count_follow() returns trigger language plpgsql as $$
declare
    delta text := case tg_op
        when 'INSERT' then 'select *, 1 as n from new_rows'
        when 'DELETE' then 'select *, -1 as n from old_rows'
        else 'select *, 1 as n from new_rows union all select *, -1 as n from old_rows' end;
begin
    execute format($sql$
        insert into contact.coverage_count as c
            (parent_code, region_code, due_on, contacted, has_liaison, unreachable, people)
        select l.parent_code, l.region_code, d.due_on, d.last_contact_on is not null, d.liaison_id is not null,
               d.unreachable, sum(d.n)
        from (%s) d
        cross join lateral (
            select distinct * from (values
                (rpad(left(d.region_code, 2), 12, '0'), rpad(left(d.region_code, 4), 12, '0')),
                (rpad(left(d.region_code, 4), 12, '0'), rpad(left(d.region_code, 6), 12, '0')),
                (rpad(left(d.region_code, 6), 12, '0'), rpad(left(d.region_code, 9), 12, '0')),
                (rpad(left(d.region_code, 9), 12, '0'), d.region_code),
                (d.region_code, d.region_code)) as v (parent_code, region_code)
            where v.parent_code <> v.region_code or v.region_code = d.region_code
        ) l
        group by 1, 2, 3, 4, 5, 6
        having sum(d.n) <> 0
        order by 1, 2, 3, 4, 5, 6
        on conflict (parent_code, region_code, due_on, contacted, has_liaison, unreachable)
        do update set people = c.people + excluded.people
        $sql$, delta);
    execute format($sql$
        insert into contact.liaison_count as c (liaison_id, due_on, contacted, unreachable, people)
        select d.liaison_id, d.due_on, d.last_contact_on is not null, d.unreachable, sum(d.n)
        from (%s) d
        where d.liaison_id is not null
        group by 1, 2, 3, 4
        having sum(d.n) <> 0
        order by 1, 2, 3, 4
        on conflict (liaison_id, due_on, contacted, unreachable) do update set people = c.people + excluded.people
        $sql$, delta);
    return null;
end
$$;

create trigger follow_counts_insert after insert on contact.follow
    referencing new table as new_rows for each statement execute function contact.count_follow();
create trigger follow_counts_update after update on contact.follow
    referencing old table as old_rows new table as new_rows for each statement execute function contact.count_follow();
create trigger follow_counts_delete after delete on contact.follow
    referencing old table as old_rows for each statement execute function contact.count_follow();

-- Published for the risk module (ADR 0012's rule: add columns, never rename or drop): when each
-- person was last reached, so that long silences become early warnings, set-based.
create view contact.last_contact as
select veteran_id, person_name, region_code, followed_since, last_contact_on, last_mood
from contact.follow;
