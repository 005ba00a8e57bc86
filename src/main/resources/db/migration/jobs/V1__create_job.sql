create schema if not exists jobs;

-- Long-running work a user started (imports, exports, payment-run preparation): its progress for
-- the progress bar, a cancellation flag, and the file it produced (e.g. an error report).
create table jobs.job (
    id                  bigint generated always as identity primary key,
    kind                text        not null,
    title               text        not null,
    owner               text        not null,
    status              text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    total               bigint,
    processed           bigint      not null default 0,
    summary             text,
    cancel_requested    boolean     not null default false,
    file_name           text,
    file_content_type   text,
    file_content        bytea,
    created_at          timestamptz not null default now(),
    finished_at         timestamptz
);
create index job_owner_idx on jobs.job (owner, created_at desc);
