-- Honors (光荣牌, 喜报, 欢送新兵) and publicity (政策宣传) for the built-in roles: county and township
-- staff do the work in their scope; village liaisons follow plaques and send-offs of their village.
-- Every built-in role reads published policy articles.
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'honors:plaque:list'), ('COUNTY_STAFF', 'honors:plaque:manage'),
    ('COUNTY_STAFF', 'honors:merit:list'), ('COUNTY_STAFF', 'honors:merit:manage'),
    ('COUNTY_STAFF', 'honors:send-off:list'), ('COUNTY_STAFF', 'honors:send-off:manage'),
    ('COUNTY_STAFF', 'publicity:article:list'), ('COUNTY_STAFF', 'publicity:article:edit'),
    ('COUNTY_STAFF', 'publicity:article:publish'),
    ('TOWNSHIP_STAFF', 'honors:plaque:list'), ('TOWNSHIP_STAFF', 'honors:plaque:manage'),
    ('TOWNSHIP_STAFF', 'honors:merit:list'), ('TOWNSHIP_STAFF', 'honors:merit:manage'),
    ('TOWNSHIP_STAFF', 'honors:send-off:list'), ('TOWNSHIP_STAFF', 'honors:send-off:manage'),
    ('TOWNSHIP_STAFF', 'publicity:article:list'), ('TOWNSHIP_STAFF', 'publicity:article:edit'),
    ('TOWNSHIP_STAFF', 'publicity:article:publish'),
    ('VILLAGE_STAFF', 'honors:plaque:list'), ('VILLAGE_STAFF', 'honors:send-off:list'),
    ('SYSTEM_ADMIN', 'publicity:article:read'), ('SECURITY_ADMIN', 'publicity:article:read'),
    ('AUDITOR', 'publicity:article:read'), ('COUNTY_STAFF', 'publicity:article:read'),
    ('TOWNSHIP_STAFF', 'publicity:article:read'), ('VILLAGE_STAFF', 'publicity:article:read')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
