-- The petition desk (信访) on the built-in roles. County staff register, handle, record 复查/复核
-- opinions and act as 负责人 (approving another's extension, receiving escalations; nobody approves
-- their own, Art 34); township staff register and handle in their township; village liaisons
-- register what reaches them and follow it. A bureau with a designated 信访负责人 moves
-- 'petitions:petition:lead' to a role of its own.
-- Business permissions are classified first (identity.permission, ADR 0019): only business roles hold them.
insert into identity.permission (code, holders) values
    ('petitions:petition:handle', '{BUSINESS}'),
    ('petitions:petition:lead', '{BUSINESS}'),
    ('petitions:petition:list', '{BUSINESS}'),
    ('petitions:petition:register', '{BUSINESS}'),
    ('petitions:petition:review', '{BUSINESS}'),
    ('petitions:statistics:view', '{BUSINESS}')
on conflict (code) do nothing;

insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'petitions:petition:list'), ('COUNTY_STAFF', 'petitions:petition:register'),
    ('COUNTY_STAFF', 'petitions:petition:handle'), ('COUNTY_STAFF', 'petitions:petition:review'),
    ('COUNTY_STAFF', 'petitions:petition:lead'), ('COUNTY_STAFF', 'petitions:statistics:view'),
    ('TOWNSHIP_STAFF', 'petitions:petition:list'), ('TOWNSHIP_STAFF', 'petitions:petition:register'),
    ('TOWNSHIP_STAFF', 'petitions:petition:handle'), ('TOWNSHIP_STAFF', 'petitions:statistics:view'),
    ('VILLAGE_STAFF', 'petitions:petition:list'), ('VILLAGE_STAFF', 'petitions:petition:register')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
