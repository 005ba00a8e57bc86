create schema if not exists portal;

-- 自助服务账户 (ADR 0043): a person's own account on the self-service portal, one per person file,
-- separate from staff accounts (identity.app_user). Its password was set by the person after
-- proving who they are with a one-time code texted to the mobile number on their file.
create table portal.account (
    id               bigint      generated always as identity primary key,
    veteran_id       bigint      not null unique,
    password_hash    text        not null,
    status           text        not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
    -- Moves on when the password changes or the account is disabled: open sessions end.
    security_version integer     not null default 0,
    activated_at     timestamptz not null,
    last_login_at    timestamptz
);

-- A one-time code's ticket. Every sign-up attempt gets one, matched or not, so the answers never
-- tell whether an ID number is on file: without a match veteran_id is null and nothing was sent;
-- a matched file that already has an account, or had too many codes, gets a ticket that opens
-- nothing (opens = false). Only a hash of the code is kept; five wrong tries use the ticket up.
create table portal.code_ticket (
    ticket      uuid        primary key,
    purpose     text        not null check (purpose in ('ACTIVATE')),
    veteran_id  bigint,
    code_hash   bytea       not null,
    sent        boolean     not null,
    opens       boolean     not null,
    source      text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    attempts    integer     not null default 0 check (attempts >= 0),
    used_at     timestamptz
);
-- Codes per file (at most one a minute and five a day) and per source address (per hour).
create index code_ticket_veteran_idx on portal.code_ticket (veteran_id, created_at) where sent;
create index code_ticket_source_idx on portal.code_ticket (source, created_at);

-- Failed sign-ins, one row each (ADR 0043): per account and source address, and per source address
-- over all ID numbers typed (known or not). Rows older than the window are removed hourly.
create table portal.login_failure (
    id         bigint      generated always as identity primary key,
    account_id bigint,
    source     text        not null,
    at         timestamptz not null
);
create index login_failure_account_idx on portal.login_failure (account_id, source, at);
create index login_failure_source_idx on portal.login_failure (source, at);
