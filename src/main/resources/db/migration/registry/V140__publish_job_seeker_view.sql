-- A read model the employment module queries in SQL (ADR 0040): what matching needs of a person
-- (age, education, service dates, 安置方式) and where the household is (the data scope). Retired
-- (merged) files are not persons of their own. Columns are a contract: add, never rename or drop.
create view registry.job_seeker_basis as
select v.id                     as veteran_id,
       v.name                   as name,
       v.gender                 as gender,
       v.birth_date             as birth_date,
       v.household_region_code  as region_code,
       v.education              as education,
       v.enlistment_date        as enlistment_date,
       v.discharge_date         as discharge_date,
       v.discharge_type         as discharge_type,
       v.death_date is not null as deceased
from registry.veteran v
where v.merged_into_id is null;
