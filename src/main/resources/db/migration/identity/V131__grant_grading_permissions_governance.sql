-- Station grading 有→优→精 (issue 17.5): stations assess themselves (county, township and village
-- staff for their own stations), townships review their villages' stations, the county rates.
insert into identity.permission (code, holders) values
    ('grading:assessment:list', '{BUSINESS}'),
    ('grading:assessment:submit', '{BUSINESS}'),
    ('grading:assessment:review', '{BUSINESS}'),
    ('grading:assessment:rate', '{BUSINESS}')
on conflict do nothing;

insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'grading:assessment:list'), ('COUNTY_STAFF', 'grading:assessment:submit'),
    ('COUNTY_STAFF', 'grading:assessment:rate'),
    ('TOWNSHIP_STAFF', 'grading:assessment:list'), ('TOWNSHIP_STAFF', 'grading:assessment:submit'),
    ('TOWNSHIP_STAFF', 'grading:assessment:review'),
    ('VILLAGE_STAFF', 'grading:assessment:list'), ('VILLAGE_STAFF', 'grading:assessment:submit')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
