create schema if not exists meetings;

-- 领导小组会议 / 双拥工作会议 of one region's bureau or station (the convener). Attendees, agenda
-- and minutes are the record of the meeting; its files (minutes scans, sign-in sheets) are attachments.
create table meetings.meeting (
    id          bigint      generated always as identity primary key,
    kind        text        not null check (kind in ('LEADING_GROUP', 'DOUBLE_SUPPORT')),
    title       text        not null check (length(title) between 1 and 100),
    held_on     date        not null,
    location    text        check (length(location) <= 100),
    agenda      text        not null check (length(agenda) between 1 and 5000),
    minutes     text        check (length(minutes) <= 50000),
    region_code text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index meeting_region_idx on meetings.meeting (region_code, held_on desc, id);

-- Who attended: a unit (a bureau, a township, 人武部 …) and, where known, the person and their post.
create table meetings.attendee (
    meeting_id bigint not null references meetings.meeting (id) on delete cascade,
    position   int    not null check (position >= 0),
    unit       text   not null check (length(unit) between 1 and 100),
    name       text   check (length(name) <= 50),
    post       text   check (length(post) <= 50),
    primary key (meeting_id, position)
);

-- 会议决定事项: one decision with the unit and person responsible for carrying it out and a deadline.
-- region_code is where the responsible unit's follow-up is tracked (a county department: the
-- county; a township: the township), always inside the convener's region. Closed only with a note
-- (and evidence files, checked by the service); the convener may return a closed item.
create table meetings.action_item (
    id                 bigint      generated always as identity primary key,
    meeting_id         bigint      not null references meetings.meeting (id),
    position           int         not null check (position >= 1),
    decision           text        not null check (length(decision) between 1 and 1000),
    responsible_unit   text        not null check (length(responsible_unit) between 1 and 100),
    responsible_person text        not null check (length(responsible_person) between 1 and 50),
    region_code        text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    deadline           date        not null,
    status             text        not null check (status in ('OPEN', 'DONE')),
    closed_on          date,
    closing_note       text        check (length(closing_note) <= 2000),
    closed_by          text,
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    unique (meeting_id, position),
    check ((status = 'DONE') = (closed_on is not null and closing_note is not null and closed_by is not null))
);
create index action_item_region_idx on meetings.action_item (region_code, status, deadline);
create index action_item_meeting_idx on meetings.action_item (meeting_id, position);

-- The history of an action item: progress reports of the responsible unit, 督办 notices of the
-- convener, the closing and a return (退回) — in the order they happened.
create table meetings.action_event (
    id             bigint      generated always as identity primary key,
    action_item_id bigint      not null references meetings.action_item (id),
    kind           text        not null check (kind in ('PROGRESS', 'SUPERVISION', 'CLOSED', 'RETURNED')),
    note           text        not null check (length(note) between 1 and 2000),
    happened_on    date        not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now()
);
create index action_event_item_idx on meetings.action_event (action_item_id, id);
