create schema if not exists identity;

create table identity.role (
    id          bigint generated always as identity primary key,
    code        text    not null unique check (code ~ '^[A-Z][A-Z0-9_]{1,49}$'),
    name        text    not null check (length(name) between 1 and 50),
    -- 三员分立: system, security and audit administration are separate roles that no user combines.
    admin_kind  text    check (admin_kind in ('SYSTEM', 'SECURITY', 'AUDIT')),
    builtin     boolean not null default false
);

create table identity.role_permission (
    role_id    bigint not null references identity.role (id) on delete cascade,
    permission text   not null check (permission ~ '^[a-z]+:[a-z-]+:[a-z-]+$'),
    primary key (role_id, permission)
);

create table identity.app_user (
    id                   bigint generated always as identity primary key,
    username             text        not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'),
    display_name         text        not null check (length(display_name) between 1 and 50),
    password_hash        text        not null,
    -- The user's data scope (数据权限): one region subtree. Null means the user sees nothing.
    scope_code           text        check (scope_code ~ '^[1-9][0-9]{11}$'),
    enabled              boolean     not null default true,
    failed_attempts      integer     not null default 0,
    locked_until         timestamptz,
    must_change_password boolean     not null default true,
    password_changed_at  timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz not null default now()
);
create unique index app_user_username_idx on identity.app_user (username);
create index app_user_scope_idx on identity.app_user (scope_code);

create table identity.user_role (
    user_id bigint not null references identity.app_user (id) on delete cascade,
    role_id bigint not null references identity.role (id),
    primary key (user_id, role_id)
);

-- Append-only and hash-chained: each row's hash is SM3 over its content and the previous
-- row's hash, so editing or deleting any row breaks the chain from that row on.
create table identity.audit_log (
    id         bigint      primary key,
    at         timestamptz not null,
    username   text,
    scope_code text,
    action     text        not null,
    target     text,
    outcome    text        not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    ip         text,
    detail     text,
    prev_hash  text        not null,
    hash       text        not null
);
create index audit_log_at_idx on identity.audit_log (at);
create index audit_log_scope_idx on identity.audit_log (scope_code, at);

create function identity.refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'identity.audit_log is append-only: % is not allowed', tg_op;
end
$$;
create trigger audit_log_append_only before update or delete or truncate on identity.audit_log
    for each statement execute function identity.refuse_audit_change();
