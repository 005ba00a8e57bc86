-- A read model other modules may query in SQL (ADR 0012): one row per veteran file with what
-- target rules of visits and consolation campaigns need (困难 flag, 安置方式, the beneficiary
-- categories held in the household). Columns are a contract: add, never rename or drop.
-- Categories count while the person is still a beneficiary (not cancelled, moved away or dead).
create view registry.veteran_profile as
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
from registry.veteran v;
