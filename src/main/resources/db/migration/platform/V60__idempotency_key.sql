create schema if not exists platform;

-- Idempotency-Key of a POST (issue 14 item 5): the first request with a key claims it
-- (IN_PROGRESS), marks it COMMITTED inside the transaction that writes its records (so the marker
-- and the records commit together or not at all), and stores its 2xx answer (COMPLETED), which a
-- retry with the same key gets back instead of running again. request_hash is SHA-256 of method,
-- path, query and body: the same key with another request is refused. Rows expire after a day.
create table platform.idempotency_key (
    username      text        not null,
    key           text        not null,
    request_hash  bytea       not null,
    state         text        not null check (state in ('IN_PROGRESS', 'COMMITTED', 'COMPLETED')),
    node          text        not null,
    incarnation   text        not null,
    lease_until   timestamptz not null,
    status        integer,
    content_type  text,
    body          bytea,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    primary key (username, key)
);
create index idempotency_key_expiry_idx on platform.idempotency_key (expires_at);
