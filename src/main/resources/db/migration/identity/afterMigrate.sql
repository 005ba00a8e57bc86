-- Runs after every migration run of this module (ADR 0018): whatever default privileges or a
-- role bootstrap granted, nobody but the owner may change the audit log (the application keeps
-- INSERT and SELECT) or the classification of permissions (read-only; migrations set it).
do $$
declare
    target record;
begin
    for target in
        select distinct c.oid::regclass as tab,
               case when a.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(a.grantee)) end as grantee,
               case c.oid when 'identity.audit_log'::regclass then 'update, delete, truncate'
                          else 'insert, update, delete, truncate' end as privileges
        from pg_class c, aclexplode(c.relacl) a
        where c.oid in ('identity.audit_log'::regclass, 'identity.permission'::regclass)
          and a.grantee <> c.relowner
          and (a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
               or (a.privilege_type = 'INSERT' and c.oid = 'identity.permission'::regclass))
    loop
        execute format('revoke %s on %s from %s', target.privileges, target.tab, target.grantee);
    end loop;
end
$$;
