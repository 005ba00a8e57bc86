-- The cause of a death decides its statutory effect (抚恤条例 Art 32: 旧伤复发 → 一次性抚恤金 at the
-- 因公牺牲 standard and 因公牺牲军人遗属 pensions; 因病 → 12 months of 残疾抚恤金 as 丧葬补助, and for
-- 1–4级 因战/因公 病故军人遗属 pensions). Deaths recorded before this column have no cause: benefits
-- pays nothing that depends on one until staff record it (补登死亡原因), never a guess.
alter table registry.veteran
    add column death_cause     text check (death_cause in ('ILLNESS', 'OLD_INJURY', 'COMBAT', 'DUTY', 'OTHER')),
    add column death_documents text check (length(death_documents) <= 200),
    add check (death_cause is null or death_date is not null);

alter table registry.family_member
    add column death_cause     text check (death_cause in ('ILLNESS', 'OLD_INJURY', 'COMBAT', 'DUTY', 'OTHER')),
    add column death_documents text check (length(death_documents) <= 200),
    add check (death_cause is null or death_date is not null);

create or replace view registry.entitlement as
select b.id                                    as beneficiary_id,
       b.veteran_id,
       b.family_member_id,
       coalesce(f.name, v.name)                as person_name,
       b.category,
       coalesce(b.disability_grade, 0)::int    as disability_grade,
       coalesce(b.disability_cause, '')        as disability_cause,
       coalesce(b.household_type, 'ANY')       as household_type,
       v.household_region_code                 as region_code,
       b.status,
       case when b.family_member_id is null then v.death_date else f.death_date end as death_date,
       (case when b.family_member_id is null then v.death_reported_at else f.death_reported_at end)::date
                                               as death_reported_on,
       v.bank_name,
       v.bank_account_mask,
       v.bank_account_cipher,
       b.lonely_elderly,
       case when b.family_member_id is null then v.death_cause else f.death_cause end as death_cause
from registry.beneficiary b
join registry.veteran v on v.id = b.veteran_id
left join registry.family_member f on f.id = b.family_member_id;
