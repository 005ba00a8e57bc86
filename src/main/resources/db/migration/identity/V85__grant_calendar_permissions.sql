-- The working-day calendar: every staff role reads it (deadlines are shown with it); the system
-- admin loads a year's official arrangement when the State Council publishes it.
-- The codes are classified first (identity.permission, ADR 0019): the calendar is the system
-- administrator's to maintain; everyone working with deadlines reads it.
insert into identity.permission (code, holders) values
    ('calendar:year:list', '{SYSTEM,BUSINESS}'),
    ('calendar:year:manage', '{SYSTEM}')
on conflict (code) do nothing;

insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('SYSTEM_ADMIN', 'calendar:year:list'), ('SYSTEM_ADMIN', 'calendar:year:manage'),
    ('COUNTY_STAFF', 'calendar:year:list'), ('TOWNSHIP_STAFF', 'calendar:year:list'),
    ('VILLAGE_STAFF', 'calendar:year:list')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
