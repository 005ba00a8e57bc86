create schema if not exists organization;

-- Region codes change every year; a retired code keeps its row (valid_to set) so that old
-- records still resolve. At most one row per code is current (valid_to is null).
create table organization.region (
    code        text    not null check (code ~ '^[1-9][0-9]{11}$'),
    name        text    not null check (length(name) between 1 and 100),
    level       text    not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code text             check (parent_code ~ '^[1-9][0-9]{11}$'),
    valid_from  date    not null,
    valid_to    date,
    primary key (code, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
create unique index region_current_code_idx on organization.region (code) where valid_to is null;
create index region_current_parent_idx on organization.region (parent_code, code) where valid_to is null;
create index region_name_idx on organization.region (name text_pattern_ops) where valid_to is null;

create table organization.service_station (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(name) between 1 and 100),
    region_code text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    kind        text        not null check (kind in ('CENTER', 'STATION')),
    grade       text        not null default 'BASIC' check (grade in ('BASIC', 'GOOD', 'EXCELLENT')),
    address     text,
    phone       text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    unique (region_code, name)
);
create index service_station_region_idx on organization.service_station (region_code);

create table organization.staff (
    id          bigint generated always as identity primary key,
    station_id  bigint      not null references organization.service_station (id),
    name        text        not null check (length(name) between 1 and 50),
    position    text,
    phone       text,
    active      boolean     not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index staff_station_idx on organization.staff (station_id);
