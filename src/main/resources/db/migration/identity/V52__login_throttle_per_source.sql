-- Failed logins are counted per typed name and source address, and per name over all sources
-- (source '*'), whether the name exists or not (ADR 0021): an unknown name is answered exactly
-- like a real one, and nobody can lock an administrator out from another machine. The
-- account-wide lock of earlier versions goes.
create table identity.login_throttle (
    username      text        not null,
    source        text        not null,
    failures      integer     not null,
    window_start  timestamptz not null,
    blocked_until timestamptz,
    primary key (username, source)
);
create index login_throttle_window_idx on identity.login_throttle (window_start);

alter table identity.app_user drop column failed_attempts, drop column locked_until;
