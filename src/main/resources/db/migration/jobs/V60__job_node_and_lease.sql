-- Which application instance runs a job, and until when it vouches for it. A restarting node fails
-- only its own earlier jobs (same node, another incarnation) and jobs whose lease ran out (their
-- node died); jobs another live node runs are left alone. Rows from before this column are failed
-- by the next sweep (node is null).
alter table jobs.job
    add column node        text,
    add column incarnation text,
    add column lease_until timestamptz;

create index job_running_idx on jobs.job (lease_until) where status = 'RUNNING';
