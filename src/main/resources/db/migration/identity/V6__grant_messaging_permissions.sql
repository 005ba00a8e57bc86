-- The messaging module's permissions for the built-in roles: county staff run greeting campaigns,
-- township staff follow the campaigns of their scope.
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'messaging:template:list'), ('COUNTY_STAFF', 'messaging:template:edit'),
    ('COUNTY_STAFF', 'messaging:campaign:list'), ('COUNTY_STAFF', 'messaging:campaign:create'),
    ('COUNTY_STAFF', 'messaging:campaign:send'), ('COUNTY_STAFF', 'messaging:opt-out:list'),
    ('COUNTY_STAFF', 'messaging:opt-out:edit'),
    ('TOWNSHIP_STAFF', 'messaging:campaign:list')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
