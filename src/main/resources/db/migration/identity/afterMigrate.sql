-- Runs after every migration run of this module (ADR 0018): whatever was granted on the
-- audit log by default privileges or by a role bootstrap, nobody but its owner may update,
-- delete or truncate it. The application role keeps INSERT and SELECT.
do $$
declare
    grantee text;
begin
    for grantee in
        select distinct case when a.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(a.grantee)) end
        from pg_class c, aclexplode(c.relacl) a
        where c.oid = 'identity.audit_log'::regclass
          and a.grantee <> c.relowner
          and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
    loop
        execute format('revoke update, delete, truncate on identity.audit_log from %s', grantee);
    end loop;
end
$$;
