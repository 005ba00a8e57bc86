-- The registry module's permissions on the built-in roles. Seeing full ID, phone and bank
-- account numbers is the county's (个人信息保护法 Art 51: 合理确定操作权限); village liaisons read only.
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'registry:veteran:list'), ('COUNTY_STAFF', 'registry:veteran:create'),
    ('COUNTY_STAFF', 'registry:veteran:update'), ('COUNTY_STAFF', 'registry:veteran:reveal'),
    ('TOWNSHIP_STAFF', 'registry:veteran:list'), ('TOWNSHIP_STAFF', 'registry:veteran:create'),
    ('TOWNSHIP_STAFF', 'registry:veteran:update'),
    ('VILLAGE_STAFF', 'registry:veteran:list'),
    ('SYSTEM_ADMIN', 'registry:dictionary:manage')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
