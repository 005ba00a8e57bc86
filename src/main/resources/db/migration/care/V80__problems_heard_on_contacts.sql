-- Problems heard on a contact (常态化联系, the contact module) are tracked in the same ledger of
-- 实际问题 as those heard on a visit, with owner, deadline and closing note: the problem keeps its
-- person and day itself, and names where it was heard (a visit, or a contact record).
alter table care.problem alter column visit_id drop not null;
alter table care.problem
    add column veteran_id bigint,
    add column raised_on  date,
    add column source     text not null default 'VISIT' check (source in ('VISIT', 'CONTACT')),
    add column source_ref bigint;
update care.problem p set veteran_id = v.veteran_id, raised_on = v.visited_on from care.visit v where v.id = p.visit_id;
alter table care.problem alter column raised_on set not null;
alter table care.problem add constraint problem_heard_on_check
    check ((source = 'VISIT') = (visit_id is not null) and (source = 'VISIT' or source_ref is not null));
create index problem_source_idx on care.problem (source_ref) where source = 'CONTACT';
