-- Life events of the registry (death, transfer, age reminders, annual confirmation) on the
-- built-in roles. Townships do the daily work; deciding an incoming transfer belongs to whoever
-- holds the receiving region; village liaisons read the queues and record confirmations from
-- their home visits (rules §2.6: 集中确认/预约确认/入户确认).
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'registry:veteran:report-death'),
    ('COUNTY_STAFF', 'registry:transfer:list'), ('COUNTY_STAFF', 'registry:transfer:create'),
    ('COUNTY_STAFF', 'registry:transfer:decide'),
    ('COUNTY_STAFF', 'registry:reminder:list'), ('COUNTY_STAFF', 'registry:reminder:handle'),
    ('COUNTY_STAFF', 'registry:confirmation:list'), ('COUNTY_STAFF', 'registry:confirmation:manage'),
    ('COUNTY_STAFF', 'registry:confirmation:record'),
    ('TOWNSHIP_STAFF', 'registry:veteran:report-death'),
    ('TOWNSHIP_STAFF', 'registry:transfer:list'), ('TOWNSHIP_STAFF', 'registry:transfer:create'),
    ('TOWNSHIP_STAFF', 'registry:transfer:decide'),
    ('TOWNSHIP_STAFF', 'registry:reminder:list'), ('TOWNSHIP_STAFF', 'registry:reminder:handle'),
    ('TOWNSHIP_STAFF', 'registry:confirmation:list'), ('TOWNSHIP_STAFF', 'registry:confirmation:manage'),
    ('TOWNSHIP_STAFF', 'registry:confirmation:record'),
    ('VILLAGE_STAFF', 'registry:reminder:list'),
    ('VILLAGE_STAFF', 'registry:confirmation:list'), ('VILLAGE_STAFF', 'registry:confirmation:record')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
