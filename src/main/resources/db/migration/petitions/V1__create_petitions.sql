create schema if not exists petitions;

-- Registration numbers per county and year: 330421-XF-2026-00001.
create table petitions.registration_counter (
    county_code text not null,
    year        int  not null,
    last_number int  not null,
    primary key (county_code, year)
);

-- 信访事项 (信访工作条例 2022). region_code is where the matter belongs (the petitioner's home or
-- the place concerned) and carries the data scope. Personal numbers are SM4 cipher text with an
-- HMAC-SM3 blind index and a mask (ADR 0007); the name and address are kept as written (Art 19).
-- accused holds the accounts named in a 检举控告 (Art 30): the petition is invisible to them.
create table petitions.petition (
    id                    bigint      generated always as identity primary key,
    registration_no       text        not null unique,
    channel               text        not null check (channel in ('VISIT', 'LETTER', 'PHONE', 'ONLINE', 'HOTLINE_12345',
                                                                  'HOTLINE_12397', 'TRANSFERRED')),
    source_org            text        check (length(source_org) <= 100),
    received_on           date        not null,
    region_code           text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    petition_class        text        not null check (petition_class in ('SUGGESTION', 'ACCUSATION', 'CLAIM')),
    category              text        not null,
    subject               text        not null check (length(subject) between 1 and 100),
    content               text        not null check (length(content) between 1 and 5000),
    veteran_id            bigint,
    petitioner_name       text        not null check (length(petitioner_name) between 1 and 50),
    anonymous             boolean     not null default false,
    phone_cipher          bytea,
    phone_index           bytea,
    phone_mask            text,
    id_number_cipher      bytea,
    id_number_index       bytea,
    id_number_mask        text,
    address               text        check (length(address) <= 200),
    headcount             int         not null default 1 check (headcount between 1 and 10000),
    accused               text[]      not null default '{}',
    accused_unit          text        check (length(accused_unit) <= 100),
    status                text        not null,
    handler               text,
    repeat_of             bigint      references petitions.petition (id),
    accepted_on           date,
    procedure_note        text        check (length(procedure_note) <= 1000),
    not_accepted_reason   text,
    not_accepted_note     text        check (length(not_accepted_note) <= 1000),
    objection_reason      text        check (length(objection_reason) <= 1000),
    extension_days        int         check (extension_days between 1 and 30),
    extension_reason      text        check (length(extension_reason) <= 500),
    extension_requested_by text,
    extension_requested_on date,
    extension_status      text        check (extension_status in ('PENDING', 'APPROVED', 'REJECTED')),
    extension_decided_by  text,
    extension_decided_on  date,
    extension_remark      text        check (length(extension_remark) <= 500),
    reviewing_body        text        check (length(reviewing_body) <= 100),
    rechecking_body       text        check (length(rechecking_body) <= 100),
    closed_on             date,
    closing_note          text        check (length(closing_note) <= 500),
    registered_by         text        not null,
    registered_at         timestamptz not null default now(),
    check (status in ('REGISTERED', 'OBJECTED', 'HANDLING', 'ANSWERED', 'IN_REVIEW', 'REVIEWED', 'IN_RECHECK',
                      'NOT_ACCEPTED', 'RETURNED', 'CLOSED', 'FINAL'))
);

create index petition_region_idx on petitions.petition (region_code, id);
create index petition_veteran_idx on petitions.petition (veteran_id) where veteran_id is not null;
create index petition_phone_idx on petitions.petition (phone_index) where phone_index is not null;
create index petition_id_number_idx on petitions.petition (id_number_index) where id_number_index is not null;
create index petition_received_idx on petitions.petition (received_on);

-- Representatives of a group petition (Art 20: at most five).
create table petitions.representative (
    petition_id  bigint not null references petitions.petition (id),
    position     int    not null check (position between 1 and 5),
    name         text   not null check (length(name) between 1 and 50),
    veteran_id   bigint,
    phone_cipher bytea,
    phone_index  bytea,
    phone_mask   text,
    primary key (petition_id, position)
);

-- The statutory clocks of a petition, one row each (see ClockKind): due_on is counted on the
-- working-day calendar, provisional when it passes a year without an official arrangement;
-- warn_from is three working days before. met_on closes a clock; escalated_at marks an overdue
-- obligation reported to the leader.
create table petitions.clock (
    petition_id    bigint      not null references petitions.petition (id),
    kind           text        not null check (kind in ('NOTICE', 'OBJECTION', 'HANDLING', 'REVIEW_REQUEST', 'REVIEW',
                                                        'RECHECK_REQUEST', 'RECHECK')),
    started_on     date        not null,
    extension_days int         not null default 0,
    paused_days    int         not null default 0,
    due_on         date        not null,
    warn_from      date        not null,
    provisional    boolean     not null default false,
    met_on         date,
    escalated_at   timestamptz,
    primary key (petition_id, kind)
);

create index clock_open_idx on petitions.clock (due_on) where met_on is null;

-- Written answers: 信访处理意见书 (Art 31(六), 32), 复查意见 (Art 35), 复核意见 (Art 36).
create table petitions.answer (
    petition_id       bigint      not null references petitions.petition (id),
    stage             text        not null check (stage in ('HANDLING', 'REVIEW', 'RECHECK')),
    request           text        not null check (length(request) between 1 and 2000),
    facts_and_reasons text        not null check (length(facts_and_reasons) between 1 and 5000),
    opinion           text        not null check (opinion in ('SUPPORTED', 'EXPLAINED', 'NOT_SUPPORTED')),
    opinion_text      text        not null check (length(opinion_text) between 1 and 5000),
    legal_basis       text        check (length(legal_basis) <= 2000),
    answered_on       date        not null,
    answered_by       text        not null,
    delivered_on      date,
    primary key (petition_id, stage)
);

-- Hearings of a 复核 (Art 36 ¶2): their days do not count.
create table petitions.hearing (
    petition_id bigint not null references petitions.petition (id),
    held_from   date   not null,
    held_to     date   not null check (held_to >= held_from),
    note        text   check (length(note) <= 500),
    primary key (petition_id, held_from)
);

-- The petitioner's evaluation of each answer (Art 21).
create table petitions.evaluation (
    petition_id  bigint      not null references petitions.petition (id),
    stage        text        not null check (stage in ('HANDLING', 'REVIEW', 'RECHECK')),
    satisfaction text        not null check (satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    comment      text        check (length(comment) <= 500),
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now(),
    primary key (petition_id, stage)
);

-- Staff who withdrew from a petition (Art 28 ¶3 回避).
create table petitions.recusal (
    petition_id bigint      not null references petitions.petition (id),
    username    text        not null,
    reason      text        not null check (length(reason) between 1 and 500),
    recused_at  timestamptz not null default now(),
    primary key (petition_id, username)
);

-- What happened, in order: the detail page's timeline.
create table petitions.timeline (
    id          bigint      generated always as identity primary key,
    petition_id bigint      not null references petitions.petition (id),
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    note        text        check (length(note) <= 1000)
);

create index timeline_petition_idx on petitions.timeline (petition_id, id);
