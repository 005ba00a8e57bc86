-- The background job preparing a run, and whose it is: the run page follows that job's
-- progress instead of looking for it by its title.
alter table benefits.payment_run add column job_id bigint;
alter table benefits.payment_run add column job_owner text;

-- A run keeps its figures (line_count, total_fen, payee_count, paid_count, failed_count) as its
-- lines are written and settled, so a page of its lines never counts them. Cancelled and
-- rejected runs gave up their lines but kept the figures of when they were prepared: they
-- report none.
update benefits.payment_run
set line_count = 0, payee_count = 0, total_fen = 0, single_line_payees = false
where status in ('CANCELLED', 'REJECTED');

-- Lines a preparation still wrote after its run was cancelled (it did not check the run's
-- state before each chunk) hold their months' exactly-once keys for a run that pays nothing.
delete from benefits.payment_line l
using benefits.payment_run r
where l.run_id = r.id and r.status in ('CANCELLED', 'REJECTED') and l.attempt = 0 and l.state = 'PENDING';
