-- 追缴: the county bureau records recoveries and requests 核销; a second county user approves it.
insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'benefits:overpayment:manage'), ('COUNTY_STAFF', 'benefits:overpayment:waive')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
