-- Rosters in and out: the county and townships import and export their own people.
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'registry:veteran:import'), ('COUNTY_STAFF', 'registry:veteran:export'),
    ('TOWNSHIP_STAFF', 'registry:veteran:import'), ('TOWNSHIP_STAFF', 'registry:veteran:export')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
