-- A campaign's audience: a registry selection (region subtree, category, status, age range, or
-- today's birthdays / enlistment anniversaries) resolved when the campaign is sent, inside its scope.
-- scheduled_at: sent by the scheduler from then on. queued_at: when sending the audience began (the
-- claim that keeps a campaign from being taken to the outbox twice at once).
alter table messaging.message_campaign
    add column audience     jsonb,
    add column scheduled_at timestamptz,
    add column queued_at    timestamptz;
create index message_campaign_due_idx on messaging.message_campaign (scheduled_at)
    where queued_at is null and scheduled_at is not null;

-- Daily automatic greetings: per scope and kind, which template goes out on which channels, from what
-- time of day (Asia/Shanghai). Configured by staff; the scheduler makes one campaign per day from it.
create table messaging.greeting_setting (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind in ('BIRTHDAY', 'ENLISTMENT')),
    scope_code  text        not null check (scope_code ~ '^[1-9][0-9]{11}$'),
    template_id bigint      not null references messaging.message_template (id),
    channels    text[]      not null,
    send_time   time        not null default '09:00',
    enabled     boolean     not null default true,
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    unique (kind, scope_code)
);

-- One greeting campaign per setting and day, however often (or on how many nodes) the job runs.
create table messaging.greeting_run (
    setting_id  bigint not null references messaging.greeting_setting (id) on delete cascade,
    day         date   not null,
    campaign_id bigint not null references messaging.message_campaign (id),
    primary key (setting_id, day)
);

-- ShedLock: one node at a time runs the scheduled greetings and due campaigns.
create table messaging.shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
