-- Merging duplicate person files retires one of them: a county decision (县级), with the
-- whole county in view.
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'registry:veteran:merge')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
