-- Benefits on the built-in roles. The county bureau sets standards and pays (县级部门发放,
-- 退役军人保障法 Art 56); townships see runs and the on-time figures of their area.
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'benefits:standard:list'), ('COUNTY_STAFF', 'benefits:standard:edit'),
    ('COUNTY_STAFF', 'benefits:standard:approve'),
    ('COUNTY_STAFF', 'benefits:run:list'), ('COUNTY_STAFF', 'benefits:run:prepare'),
    ('COUNTY_STAFF', 'benefits:run:approve'), ('COUNTY_STAFF', 'benefits:run:export'),
    ('COUNTY_STAFF', 'benefits:run:reconcile'), ('COUNTY_STAFF', 'benefits:kpi:list'),
    ('TOWNSHIP_STAFF', 'benefits:standard:list'), ('TOWNSHIP_STAFF', 'benefits:run:list'),
    ('TOWNSHIP_STAFF', 'benefits:kpi:list')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
