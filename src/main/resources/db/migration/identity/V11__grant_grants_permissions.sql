-- Hardship grants (临时困难补助) on the built-in roles. Villages take applications and review
-- where the county turns village review on; townships and the county review and record offline
-- payments; the system admin keeps the county's caps and the grant types (rules §3.2).
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'grants:grant:list'), ('COUNTY_STAFF', 'grants:grant:apply'),
    ('COUNTY_STAFF', 'grants:grant:review'), ('COUNTY_STAFF', 'grants:grant:pay'),
    ('TOWNSHIP_STAFF', 'grants:grant:list'), ('TOWNSHIP_STAFF', 'grants:grant:apply'),
    ('TOWNSHIP_STAFF', 'grants:grant:review'), ('TOWNSHIP_STAFF', 'grants:grant:pay'),
    ('VILLAGE_STAFF', 'grants:grant:list'), ('VILLAGE_STAFF', 'grants:grant:apply'),
    ('VILLAGE_STAFF', 'grants:grant:review'),
    ('SYSTEM_ADMIN', 'grants:policy:manage'), ('SYSTEM_ADMIN', 'grants:type:manage')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
