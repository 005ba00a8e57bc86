-- Approve / reject a payment run with comments. A checker (never the preparer, ADR 0010) may
-- reject a prepared run with a reason: REJECTED, and its lines are deleted in the same
-- transaction so that the months are free for the maker to prepare again.
alter table benefits.payment_run drop constraint payment_run_status_check;
alter table benefits.payment_run
    add constraint payment_run_status_check check (status in ('PREPARING', 'PREPARED', 'APPROVED', 'EXPORTED',
                                                              'RECONCILED', 'CANCELLED', 'REJECTED'));
alter table benefits.payment_run add column rejected_by text;
alter table benefits.payment_run add column rejected_at timestamptz;
alter table benefits.payment_run
    add constraint payment_run_rejected_by_check check (rejected_by is null or rejected_by <> prepared_by);

-- The review history of a run, shown as a timeline: who did what, when, and why.
create table benefits.payment_run_review (
    id        bigint      generated always as identity primary key,
    run_id    bigint      not null references benefits.payment_run (id),
    action    text        not null check (action in ('PREPARED', 'APPROVED', 'REJECTED', 'CANCELLED', 'EXPORTED',
                                                     'RECONCILED')),
    actor     text        not null,
    acted_at  timestamptz not null default now(),
    comment   text        check (length(comment) <= 500),
    check (action <> 'REJECTED' or length(btrim(comment)) > 0)
);
create index payment_run_review_run_idx on benefits.payment_run_review (run_id, id);

-- Runs from before this history: what their columns tell.
insert into benefits.payment_run_review (run_id, action, actor, acted_at)
select id, 'PREPARED', prepared_by, prepared_at from benefits.payment_run
union all
select id, 'APPROVED', approved_by, approved_at from benefits.payment_run where approved_by is not null
union all
select id, 'EXPORTED', exported_by, exported_at from benefits.payment_run where exported_by is not null
union all
select id, 'RECONCILED', reconciled_by, reconciled_at from benefits.payment_run where reconciled_by is not null
order by 1, 4;
