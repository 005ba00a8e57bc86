create schema if not exists messaging;

-- A message text with named placeholders (dollar, braces: name, festival, amount…), independent of the channel it goes out on.
create table messaging.message_template (
    id          bigint generated always as identity primary key,
    code        text        not null unique check (code ~ '^[A-Za-z][A-Za-z0-9_-]{1,49}$'),
    name        text        not null check (length(name) between 1 and 50),
    title       text        not null check (length(title) between 1 and 100),
    body        text        not null check (length(body) between 1 and 2000),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

-- One greeting to many people. scope_code is the creator's data scope: the campaign is visible
-- inside that subtree. title is the template title rendered with the campaign-wide variables.
create table messaging.message_campaign (
    id              bigint generated always as identity primary key,
    name            text        not null check (length(name) between 1 and 100),
    template_id     bigint      not null references messaging.message_template (id),
    title           text        not null,
    channels        text[]      not null,
    variables       jsonb       not null default '{}',
    created_by      text        not null,
    scope_code      text        not null check (scope_code ~ '^[1-9][0-9]{11}$'),
    status          text        not null default 'DRAFT' check (status in ('DRAFT', 'SENDING', 'DONE')),
    recipient_count bigint      not null default 0,
    message_count   bigint      not null default 0,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz
);
create index message_campaign_scope_idx on messaging.message_campaign (scope_code, id);

-- The outbox: one row per recipient, campaign and channel. The unique key is what makes a second
-- enqueue of the same people a no-op, and so "at most one message per campaign and channel".
create table messaging.outbox (
    id                  bigint generated always as identity primary key,
    campaign_id         bigint      not null,
    recipient_key       text        not null,
    channel             text        not null,
    name                text        not null,
    address             text        not null,
    rendered_text       text        not null,
    status              text        not null default 'PENDING',
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz not null default now(),
    last_error          text,
    provider_message_id text,
    sent_at             timestamptz,
    delivered_at        timestamptz,
    unique (campaign_id, recipient_key, channel)
);
-- Checks and the campaign foreign key are left to the code paths that write here: the outbox takes
-- a million rows per large campaign and each constraint is paid per row (docs/benchmarks.md).
-- What the dispatcher claims: only pending rows are indexed, so the index stays small.
create index outbox_due_idx on messaging.outbox (channel, next_attempt_at) where status = 'PENDING';
-- Delivery receipts name the provider's message id.
create index outbox_provider_idx on messaging.outbox (provider_message_id) where provider_message_id is not null;

-- Who asked not to be contacted on a channel: by address (phone, email, openid, username) or by
-- the person's key. Honoured at enqueue and again right before sending.
create table messaging.opt_out (
    id            bigint generated always as identity primary key,
    channel       text        not null check (channel in ('SMS', 'EMAIL', 'WECHAT', 'IN_APP')),
    address       text,
    recipient_key text,
    source        text        not null check (source in ('SMS_REPLY', 'STAFF')),
    scope_code    text,
    created_by    text,
    created_at    timestamptz not null default now(),
    check (address is not null or recipient_key is not null)
);
create unique index opt_out_address_idx on messaging.opt_out (channel, address) where address is not null;
create unique index opt_out_key_idx on messaging.opt_out (channel, recipient_key) where recipient_key is not null;
create index opt_out_scope_idx on messaging.opt_out (scope_code);

-- The in-app channel: a message in a logged-in user's inbox.
create table messaging.inbox_message (
    id            bigint generated always as identity primary key,
    username      text        not null,
    recipient_key text        not null,
    outbox_id     bigint      not null unique,
    title         text        not null,
    body          text        not null,
    created_at    timestamptz not null default now(),
    read_at       timestamptz
);
create index inbox_message_user_idx on messaging.inbox_message (username, id desc);
