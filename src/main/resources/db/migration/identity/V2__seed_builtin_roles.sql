insert into identity.role (code, name, admin_kind, builtin) values
    ('SYSTEM_ADMIN',   '系统管理员', 'SYSTEM',   true),
    ('SECURITY_ADMIN', '安全管理员', 'SECURITY', true),
    ('AUDITOR',        '审计管理员', 'AUDIT',    true),
    ('COUNTY_STAFF',   '县级业务人员', null,     true),
    ('TOWNSHIP_STAFF', '乡镇业务人员', null,     true),
    ('VILLAGE_STAFF',  '村级联络员',   null,     true);

insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('SYSTEM_ADMIN', 'identity:user:list'), ('SYSTEM_ADMIN', 'identity:user:create'),
    ('SYSTEM_ADMIN', 'identity:user:update'), ('SYSTEM_ADMIN', 'identity:user:reset-password'),
    ('SYSTEM_ADMIN', 'organization:region:list'), ('SYSTEM_ADMIN', 'organization:station:list'),
    ('SYSTEM_ADMIN', 'organization:station:create'), ('SYSTEM_ADMIN', 'organization:station:update'),
    ('SYSTEM_ADMIN', 'organization:station:delete'), ('SYSTEM_ADMIN', 'organization:staff:list'),
    ('SYSTEM_ADMIN', 'organization:staff:create'), ('SYSTEM_ADMIN', 'organization:staff:update'),
    ('SYSTEM_ADMIN', 'organization:staff:delete'),
    ('SECURITY_ADMIN', 'identity:role:list'), ('SECURITY_ADMIN', 'identity:role:create'),
    ('SECURITY_ADMIN', 'identity:role:update'), ('SECURITY_ADMIN', 'identity:user:list'),
    ('SECURITY_ADMIN', 'identity:user:unlock'),
    ('AUDITOR', 'identity:audit:list'), ('AUDITOR', 'identity:audit:verify'),
    ('COUNTY_STAFF', 'organization:region:list'), ('COUNTY_STAFF', 'organization:station:list'),
    ('COUNTY_STAFF', 'organization:station:create'), ('COUNTY_STAFF', 'organization:station:update'),
    ('COUNTY_STAFF', 'organization:station:delete'), ('COUNTY_STAFF', 'organization:staff:list'),
    ('COUNTY_STAFF', 'organization:staff:create'), ('COUNTY_STAFF', 'organization:staff:update'),
    ('COUNTY_STAFF', 'organization:staff:delete'),
    ('TOWNSHIP_STAFF', 'organization:region:list'), ('TOWNSHIP_STAFF', 'organization:station:list'),
    ('TOWNSHIP_STAFF', 'organization:station:update'), ('TOWNSHIP_STAFF', 'organization:staff:list'),
    ('TOWNSHIP_STAFF', 'organization:staff:create'), ('TOWNSHIP_STAFF', 'organization:staff:update'),
    ('TOWNSHIP_STAFF', 'organization:staff:delete'),
    ('VILLAGE_STAFF', 'organization:region:list'), ('VILLAGE_STAFF', 'organization:station:list'),
    ('VILLAGE_STAFF', 'organization:staff:list')
) as p (role, permission) on p.role = r.code;
