-- Leading-group and 双拥 meetings with decisions tracked to closure (issue 17.4). County and
-- township staff convene meetings, record decisions and issue 督办 in their scope; a unit made
-- responsible for a decision (down to a village) reports progress and closes it with evidence.
insert into identity.permission (code, holders) values
    ('meetings:meeting:list', '{BUSINESS}'),
    ('meetings:meeting:manage', '{BUSINESS}'),
    ('meetings:action:report', '{BUSINESS}'),
    ('meetings:action:supervise', '{BUSINESS}')
on conflict do nothing;

insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'meetings:meeting:list'), ('COUNTY_STAFF', 'meetings:meeting:manage'),
    ('COUNTY_STAFF', 'meetings:action:report'), ('COUNTY_STAFF', 'meetings:action:supervise'),
    ('TOWNSHIP_STAFF', 'meetings:meeting:list'), ('TOWNSHIP_STAFF', 'meetings:meeting:manage'),
    ('TOWNSHIP_STAFF', 'meetings:action:report'), ('TOWNSHIP_STAFF', 'meetings:action:supervise'),
    ('VILLAGE_STAFF', 'meetings:meeting:list'), ('VILLAGE_STAFF', 'meetings:action:report')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
