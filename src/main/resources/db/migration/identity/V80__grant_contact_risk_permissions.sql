-- Regular contact (contact) and risk screening (risk) for the built-in roles. County and township
-- staff see the boards, assign liaisons and work risks; a village liaison keeps in touch with their
-- people and fills in the screening checklists, but does not browse the risk ledger (risk items are
-- sensitive: 心理, 家庭矛盾, 涉法涉诉 — access by permission only).
-- Business permissions are classified first (identity.permission, ADR 0019): only business roles hold them.
insert into identity.permission (code, holders) values
    ('contact:board:view', '{BUSINESS}'),
    ('contact:cadence:list', '{BUSINESS}'),
    ('contact:cadence:manage', '{BUSINESS}'),
    ('contact:liaison:assign', '{BUSINESS}'),
    ('contact:people:list', '{BUSINESS}'),
    ('contact:record:create', '{BUSINESS}'),
    ('contact:record:list', '{BUSINESS}'),
    ('risk:item:handle', '{BUSINESS}'),
    ('risk:item:list', '{BUSINESS}'),
    ('risk:screening:list', '{BUSINESS}'),
    ('risk:screening:manage', '{BUSINESS}'),
    ('risk:screening:record', '{BUSINESS}'),
    ('risk:warning:list', '{BUSINESS}'),
    ('risk:warning:triage', '{BUSINESS}')
on conflict (code) do nothing;

insert into identity.role_permission (role_id, permission)
select r.id, p.permission
from identity.role r
join (values
    ('COUNTY_STAFF', 'contact:people:list'), ('COUNTY_STAFF', 'contact:record:list'),
    ('COUNTY_STAFF', 'contact:record:create'), ('COUNTY_STAFF', 'contact:board:view'),
    ('COUNTY_STAFF', 'contact:liaison:assign'), ('COUNTY_STAFF', 'contact:cadence:list'),
    ('COUNTY_STAFF', 'contact:cadence:manage'),
    ('TOWNSHIP_STAFF', 'contact:people:list'), ('TOWNSHIP_STAFF', 'contact:record:list'),
    ('TOWNSHIP_STAFF', 'contact:record:create'), ('TOWNSHIP_STAFF', 'contact:board:view'),
    ('TOWNSHIP_STAFF', 'contact:liaison:assign'), ('TOWNSHIP_STAFF', 'contact:cadence:list'),
    ('VILLAGE_STAFF', 'contact:people:list'), ('VILLAGE_STAFF', 'contact:record:list'),
    ('VILLAGE_STAFF', 'contact:record:create'), ('VILLAGE_STAFF', 'contact:board:view'),
    ('VILLAGE_STAFF', 'contact:cadence:list'),
    ('COUNTY_STAFF', 'risk:warning:list'), ('COUNTY_STAFF', 'risk:warning:triage'),
    ('COUNTY_STAFF', 'risk:item:list'), ('COUNTY_STAFF', 'risk:item:handle'),
    ('COUNTY_STAFF', 'risk:screening:list'), ('COUNTY_STAFF', 'risk:screening:manage'),
    ('COUNTY_STAFF', 'risk:screening:record'),
    ('TOWNSHIP_STAFF', 'risk:warning:list'), ('TOWNSHIP_STAFF', 'risk:warning:triage'),
    ('TOWNSHIP_STAFF', 'risk:item:list'), ('TOWNSHIP_STAFF', 'risk:item:handle'),
    ('TOWNSHIP_STAFF', 'risk:screening:list'), ('TOWNSHIP_STAFF', 'risk:screening:manage'),
    ('TOWNSHIP_STAFF', 'risk:screening:record'),
    ('VILLAGE_STAFF', 'risk:screening:list'), ('VILLAGE_STAFF', 'risk:screening:record')
) as p (role, permission) on p.role = r.code
on conflict do nothing;
