-- No module ever scheduled a merit-award payable: a merit notice's local award money is recorded
-- on the notice and handed over with it (docs/decisions/0022-stored-module-events.md), so a
-- MERIT_AWARD run could never hold a line. Such empty runs go with their bookkeeping, and the
-- benefit type with them.
create temporary table merit_award_run on commit drop as
select r.id from benefits.payment_run r
where r.benefit_type = 'MERIT_AWARD' and not exists (select 1 from benefits.payment_line l where l.run_id = r.id);
update benefits.payment_run set follow_up_of = null where follow_up_of in (select id from merit_award_run);
delete from benefits.payment_run_review where run_id in (select id from merit_award_run);
delete from benefits.payment_run_chunk where run_id in (select id from merit_award_run);
delete from benefits.payment_rate where run_id in (select id from merit_award_run);
delete from benefits.payment_run where id in (select id from merit_award_run);
