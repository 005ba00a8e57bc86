-- Township staff see the campaigns and daily greetings of their scope; the greetings page names the
-- template each greeting sends, so they read templates too (their own and those of the county above).
-- Without it the page they have in their menu answered 403 (issue 16).
-- Business permissions are classified first (identity.permission, ADR 0019): only business roles hold them.
insert into identity.permission (code, holders) values
    ('messaging:template:list', '{BUSINESS}')
on conflict (code) do nothing;

insert into identity.role_permission (role_id, permission)
select r.id, 'messaging:template:list' from identity.role r where r.code = 'TOWNSHIP_STAFF'
on conflict do nothing;
