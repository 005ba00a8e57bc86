-- The transfer cut-over (褒扬条例 Art 22: 当年由迁出地发放，自次年1月起由迁入地发放) is decided once,
-- by registry's PaymentCutOver when a transfer is approved, and stored with it: the last month the
-- county moved from pays (first day of that month). Benefits' payment runs read it from the
-- published view instead of deriving it again in their SQL.
alter table registry.transfer_request add column old_region_pays_through date;

-- Transfers approved before this column: the rule as PaymentCutOver applied it to them
-- (December of the year of approval).
update registry.transfer_request
set old_region_pays_through = make_date(extract(year from decided_on)::int, 12, 1)
where status = 'APPROVED';

alter table registry.transfer_request
    add constraint transfer_request_cut_over_check
    check ((status = 'APPROVED') = (old_region_pays_through is not null)
           and (old_region_pays_through is null or old_region_pays_through = date_trunc('month', old_region_pays_through)));

-- Approved household transfers with the cut-over: the county moved from pays every month up to
-- and including old_region_pays_through, the county moved to from the month after.
create or replace view registry.household_transfer as
select t.veteran_id, t.from_region_code, t.to_region_code, t.decided_on as approved_on, t.old_region_pays_through
from registry.transfer_request t
where t.status = 'APPROVED';
