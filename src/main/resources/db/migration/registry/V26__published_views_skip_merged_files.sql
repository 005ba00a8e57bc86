-- A file merged into another (V5) is retired: its beneficiaries, family and history moved to the
-- survivor. The read models other modules use must not see it as a person of its own (care
-- would plan visits to it, benefits would find a second payee).
create or replace view registry.veteran_profile as
select v.id                    as veteran_id,
       v.name                  as name,
       v.household_region_code as region_code,
       v.hardship              as hardship,
       v.discharge_type        as discharge_type,
       v.death_date is not null as deceased,
       array(select distinct b.category
             from registry.beneficiary b
             where b.veteran_id = v.id and b.status in ('ACCEPTED', 'RECEIVING', 'SUSPENDED', 'PAUSED')
             order by b.category) as categories
from registry.veteran v
where v.merged_into_id is null;

create or replace view registry.payee as
select v.id as veteran_id, v.name as person_name, v.household_region_code as region_code, v.death_date,
       v.bank_name, v.bank_account_mask, v.bank_account_cipher
from registry.veteran v
where v.merged_into_id is null;
