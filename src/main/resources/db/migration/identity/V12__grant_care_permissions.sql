-- The care module's permissions for the built-in roles: county staff plan visits, run festival
-- campaigns and keep the garrison-unit list; township and village staff record visits, work on
-- problems and record campaign completion in their scope.
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'care:plan:list'), ('COUNTY_STAFF', 'care:plan:manage'),
    ('COUNTY_STAFF', 'care:visit:list'), ('COUNTY_STAFF', 'care:visit:record'),
    ('COUNTY_STAFF', 'care:problem:list'), ('COUNTY_STAFF', 'care:problem:handle'),
    ('COUNTY_STAFF', 'care:campaign:list'), ('COUNTY_STAFF', 'care:campaign:manage'),
    ('COUNTY_STAFF', 'care:campaign:record'),
    ('COUNTY_STAFF', 'care:garrison:list'), ('COUNTY_STAFF', 'care:garrison:manage'),
    ('TOWNSHIP_STAFF', 'care:plan:list'), ('TOWNSHIP_STAFF', 'care:visit:list'),
    ('TOWNSHIP_STAFF', 'care:visit:record'), ('TOWNSHIP_STAFF', 'care:problem:list'),
    ('TOWNSHIP_STAFF', 'care:problem:handle'), ('TOWNSHIP_STAFF', 'care:campaign:list'),
    ('TOWNSHIP_STAFF', 'care:campaign:record'), ('TOWNSHIP_STAFF', 'care:garrison:list'),
    ('VILLAGE_STAFF', 'care:plan:list'), ('VILLAGE_STAFF', 'care:visit:list'),
    ('VILLAGE_STAFF', 'care:visit:record'), ('VILLAGE_STAFF', 'care:problem:list'),
    ('VILLAGE_STAFF', 'care:problem:handle'), ('VILLAGE_STAFF', 'care:campaign:list'),
    ('VILLAGE_STAFF', 'care:campaign:record')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
