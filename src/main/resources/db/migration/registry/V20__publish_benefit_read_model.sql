-- The registry's published read model for benefit payments (ADR 0009). Payment runs join
-- hundreds of thousands of beneficiaries with benefit standards in one statement, which an
-- API call per person cannot do; these views are the registry's contract for that, and the
-- registry may change its tables as long as the views keep their columns and meaning.

-- One row per beneficiary record: who, which entitlement (category, grade, cause), where
-- the household is (the county that pays), where it stands, and the person's death.
-- Household type (urban/rural) is not recorded in the registry yet: 'ANY'.
create view registry.entitlement as
select b.id                                    as beneficiary_id,
       b.veteran_id,
       b.family_member_id,
       coalesce(f.name, v.name)                as person_name,
       b.category,
       coalesce(b.disability_grade, 0)::int    as disability_grade,
       coalesce(b.disability_cause, '')        as disability_cause,
       'ANY'::text                             as household_type,
       v.household_region_code                 as region_code,
       b.status,
       case when b.family_member_id is null then v.death_date else f.death_date end as death_date,
       (case when b.family_member_id is null then v.death_reported_at else f.death_reported_at end)::date
                                               as death_reported_on,
       v.bank_name,
       v.bank_account_mask,
       v.bank_account_cipher
from registry.beneficiary b
join registry.veteran v on v.id = b.veteran_id
left join registry.family_member f on f.id = b.family_member_id;

-- One-off payments (hardship grants, merit awards) are paid to a veteran's household
-- account; the payee is the veteran file.
create view registry.payee as
select v.id as veteran_id, v.name as person_name, v.household_region_code as region_code, v.death_date,
       v.bank_name, v.bank_account_mask, v.bank_account_cipher
from registry.veteran v;

-- Approved household transfers: the county moved from pays through December of the year of
-- approval, the county moved to from the next January (褒扬条例 Art 22).
create view registry.household_transfer as
select t.veteran_id, t.from_region_code, t.to_region_code, t.decided_on as approved_on
from registry.transfer_request t
where t.status = 'APPROVED';

-- Status history with the month paid through (抚恤金已发至月份), for 中止/恢复 and death handling.
create view registry.entitlement_status_change as
select s.id, s.beneficiary_id, s.from_status, s.to_status, (s.changed_at at time zone 'Asia/Shanghai')::date as changed_on,
       s.reason, s.paid_through_month
from registry.beneficiary_status_change s;
