-- Employment (issue 18): employers and posts, employment profiles, matching and referrals. County and
-- township staff do the work in their scope; village liaisons see posts and profiles of their village
-- and keep profiles up to date (they know who found work).
insert into identity.permission (code, holders) values
    ('employment:post:list',       '{BUSINESS}'),
    ('employment:post:manage',     '{BUSINESS}'),
    ('employment:profile:list',    '{BUSINESS}'),
    ('employment:profile:manage',  '{BUSINESS}'),
    ('employment:referral:manage', '{BUSINESS}')
on conflict do nothing;

insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'employment:post:list'), ('COUNTY_STAFF', 'employment:post:manage'),
    ('COUNTY_STAFF', 'employment:profile:list'), ('COUNTY_STAFF', 'employment:profile:manage'),
    ('COUNTY_STAFF', 'employment:referral:manage'),
    ('TOWNSHIP_STAFF', 'employment:post:list'), ('TOWNSHIP_STAFF', 'employment:post:manage'),
    ('TOWNSHIP_STAFF', 'employment:profile:list'), ('TOWNSHIP_STAFF', 'employment:profile:manage'),
    ('TOWNSHIP_STAFF', 'employment:referral:manage'),
    ('VILLAGE_STAFF', 'employment:post:list'), ('VILLAGE_STAFF', 'employment:profile:list'),
    ('VILLAGE_STAFF', 'employment:profile:manage')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
