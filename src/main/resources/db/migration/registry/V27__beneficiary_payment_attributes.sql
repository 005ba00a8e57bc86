-- 户籍类别 and 孤老 choose the standard a beneficiary is paid by (rules §2.7: standards keyed by
-- 类别 × 等级 × 性质 × 户籍类别 × 所属县区; 孤老增发 as a local add-on). They belong to the beneficiary
-- record, whose person may be the veteran or a family member (a 孤老烈属 is the parent). A record
-- without a household type is paid only by standards for both ('ANY').
alter table registry.beneficiary add column household_type text check (household_type in ('URBAN', 'RURAL'));
alter table registry.beneficiary add column lonely_elderly boolean not null default false;

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
       b.lonely_elderly
from registry.beneficiary b
join registry.veteran v on v.id = b.veteran_id
left join registry.family_member f on f.id = b.family_member_id;
