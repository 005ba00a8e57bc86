-- 三员分立 as invariants of the database, not only of the service (ADR 0019). Each permission
-- says which kinds of role may carry it: SYSTEM, SECURITY, AUDIT (roles of that administrator
-- kind) and BUSINESS (roles without one). identity:* codes belong to exactly the administrator
-- kinds that do that work, business codes to business roles only.
create table identity.permission (
    code    text   primary key check (code ~ '^[a-z]+:[a-z-]+:[a-z-]+$'),
    holders text[] not null check (cardinality(holders) > 0
                                   and holders <@ array['SYSTEM', 'SECURITY', 'AUDIT', 'BUSINESS'])
);

insert into identity.permission (code, holders) values
    ('identity:user:list',            '{SYSTEM,SECURITY}'),
    ('identity:user:create',          '{SYSTEM}'),
    ('identity:user:update',          '{SYSTEM}'),
    ('identity:user:reset-password',  '{SYSTEM}'),
    ('identity:user:unlock',          '{SECURITY}'),
    ('identity:role:list',            '{SECURITY}'),
    ('identity:role:create',          '{SECURITY}'),
    ('identity:role:update',          '{SECURITY}'),
    ('identity:audit:list',           '{AUDIT}'),
    ('identity:audit:verify',         '{AUDIT}'),
    -- System configuration: the system administrator's.
    ('registry:dictionary:manage',    '{SYSTEM}'),
    ('grants:policy:manage',          '{SYSTEM}'),
    ('grants:type:manage',            '{SYSTEM}'),
    -- The organisation's directory (stations and their staff, no personal numbers): kept by the
    -- system administrator and by business staff alike.
    ('organization:station:list',     '{SYSTEM,BUSINESS}'),
    ('organization:station:create',   '{SYSTEM,BUSINESS}'),
    ('organization:station:update',   '{SYSTEM,BUSINESS}'),
    ('organization:station:delete',   '{SYSTEM,BUSINESS}'),
    ('organization:staff:list',       '{SYSTEM,BUSINESS}'),
    ('organization:staff:create',     '{SYSTEM,BUSINESS}'),
    ('organization:staff:update',     '{SYSTEM,BUSINESS}'),
    ('organization:staff:delete',     '{SYSTEM,BUSINESS}'),
    -- Everybody's: the region tree (scope pickers) and the policy reading feed.
    ('organization:region:list',      '{SYSTEM,SECURITY,AUDIT,BUSINESS}'),
    ('publicity:article:read',        '{SYSTEM,SECURITY,AUDIT,BUSINESS}'),
    -- Business work on people, money and records.
    ('registry:veteran:list', '{BUSINESS}'), ('registry:veteran:create', '{BUSINESS}'),
    ('registry:veteran:update', '{BUSINESS}'), ('registry:veteran:reveal', '{BUSINESS}'),
    ('registry:veteran:import', '{BUSINESS}'), ('registry:veteran:export', '{BUSINESS}'),
    ('registry:veteran:merge', '{BUSINESS}'), ('registry:veteran:report-death', '{BUSINESS}'),
    ('registry:transfer:list', '{BUSINESS}'), ('registry:transfer:create', '{BUSINESS}'),
    ('registry:transfer:decide', '{BUSINESS}'), ('registry:reminder:list', '{BUSINESS}'),
    ('registry:reminder:handle', '{BUSINESS}'), ('registry:confirmation:list', '{BUSINESS}'),
    ('registry:confirmation:manage', '{BUSINESS}'), ('registry:confirmation:record', '{BUSINESS}'),
    ('benefits:standard:list', '{BUSINESS}'), ('benefits:standard:edit', '{BUSINESS}'),
    ('benefits:standard:approve', '{BUSINESS}'), ('benefits:run:list', '{BUSINESS}'),
    ('benefits:run:prepare', '{BUSINESS}'), ('benefits:run:approve', '{BUSINESS}'),
    ('benefits:run:export', '{BUSINESS}'), ('benefits:run:reconcile', '{BUSINESS}'),
    ('benefits:kpi:list', '{BUSINESS}'), ('benefits:overpayment:manage', '{BUSINESS}'),
    ('benefits:overpayment:waive', '{BUSINESS}'),
    ('messaging:template:list', '{BUSINESS}'), ('messaging:template:edit', '{BUSINESS}'),
    ('messaging:campaign:list', '{BUSINESS}'), ('messaging:campaign:create', '{BUSINESS}'),
    ('messaging:campaign:send', '{BUSINESS}'), ('messaging:opt-out:list', '{BUSINESS}'),
    ('messaging:opt-out:edit', '{BUSINESS}'),
    ('grants:grant:list', '{BUSINESS}'), ('grants:grant:apply', '{BUSINESS}'),
    ('grants:grant:review', '{BUSINESS}'), ('grants:grant:pay', '{BUSINESS}'),
    ('care:plan:list', '{BUSINESS}'), ('care:plan:manage', '{BUSINESS}'),
    ('care:visit:list', '{BUSINESS}'), ('care:visit:record', '{BUSINESS}'),
    ('care:problem:list', '{BUSINESS}'), ('care:problem:handle', '{BUSINESS}'),
    ('care:campaign:list', '{BUSINESS}'), ('care:campaign:manage', '{BUSINESS}'),
    ('care:campaign:record', '{BUSINESS}'), ('care:garrison:list', '{BUSINESS}'),
    ('care:garrison:manage', '{BUSINESS}'),
    ('honors:plaque:list', '{BUSINESS}'), ('honors:plaque:manage', '{BUSINESS}'),
    ('honors:merit:list', '{BUSINESS}'), ('honors:merit:manage', '{BUSINESS}'),
    ('honors:send-off:list', '{BUSINESS}'), ('honors:send-off:manage', '{BUSINESS}'),
    ('publicity:article:list', '{BUSINESS}'), ('publicity:article:edit', '{BUSINESS}'),
    ('publicity:article:publish', '{BUSINESS}');

-- A code granted by a migration of another branch that this one does not know yet: classified by
-- the kinds of the roles that hold it today. New codes are classified explicitly from now on:
-- role_permission refers to this table.
insert into identity.permission (code, holders)
select rp.permission, array_agg(distinct coalesce(r.admin_kind, 'BUSINESS'))
from identity.role_permission rp join identity.role r on r.id = rp.role_id
where rp.permission not in (select code from identity.permission)
group by rp.permission;

alter table identity.role_permission
    add constraint role_permission_classified foreign key (permission) references identity.permission (code);

-- The invariants, checked at commit (deferred), so that a role's permissions or a user's roles can
-- be replaced by delete-then-insert inside one transaction.

-- A role carries only permissions its kind may hold.
create function identity.refuse_misplaced_permissions(p_role bigint) returns void language plpgsql as $$
declare
    misplaced text;
begin
    select string_agg(rp.permission, ', ' order by rp.permission) into misplaced
    from identity.role r
    join identity.role_permission rp on rp.role_id = r.id
    join identity.permission p on p.code = rp.permission
    where r.id = p_role and not (coalesce(r.admin_kind, 'BUSINESS') = any (p.holders));
    if misplaced is not null then
        raise exception '三员分立: role % may not carry %', p_role, misplaced using errcode = '23514';
    end if;
end
$$;

-- A user holds at most one administrator kind, and then nothing that kind may not hold.
create function identity.refuse_mixed_duties(p_user bigint) returns void language plpgsql as $$
declare
    kinds text[];
    foreign_permissions text;
begin
    select array_agg(distinct r.admin_kind) into kinds
    from identity.user_role ur join identity.role r on r.id = ur.role_id
    where ur.user_id = p_user and r.admin_kind is not null;
    if cardinality(kinds) > 1 then
        raise exception '三员分立: user % would hold more than one administrator kind', p_user using errcode = '23514';
    end if;
    if cardinality(kinds) = 1 then
        select string_agg(distinct rp.permission, ', ') into foreign_permissions
        from identity.user_role ur
        join identity.role_permission rp on rp.role_id = ur.role_id
        join identity.permission p on p.code = rp.permission
        where ur.user_id = p_user and not (kinds[1] = any (p.holders));
        if foreign_permissions is not null then
            raise exception '三员分立: administrator % may not also hold %', p_user, foreign_permissions
                using errcode = '23514';
        end if;
    end if;
end
$$;

create function identity.check_role_permission() returns trigger language plpgsql as $$
declare
    holder bigint;
begin
    perform identity.refuse_misplaced_permissions(new.role_id);
    for holder in select user_id from identity.user_role where role_id = new.role_id loop
        perform identity.refuse_mixed_duties(holder);
    end loop;
    return null;
end
$$;
create constraint trigger role_permission_duties after insert or update on identity.role_permission
    deferrable initially deferred for each row execute function identity.check_role_permission();

create function identity.check_role_kind() returns trigger language plpgsql as $$
declare
    holder bigint;
begin
    perform identity.refuse_misplaced_permissions(new.id);
    for holder in select user_id from identity.user_role where role_id = new.id loop
        perform identity.refuse_mixed_duties(holder);
    end loop;
    return null;
end
$$;
create constraint trigger role_kind_duties after update of admin_kind on identity.role
    deferrable initially deferred for each row execute function identity.check_role_kind();

drop trigger user_role_admin_separation on identity.user_role;
drop function identity.check_admin_separation();
create function identity.check_user_role() returns trigger language plpgsql as $$
begin
    perform identity.refuse_mixed_duties(new.user_id);
    return null;
end
$$;
create constraint trigger user_role_duties after insert or update on identity.user_role
    deferrable initially deferred for each row execute function identity.check_user_role();

-- Built-in roles are read-only to the application (copy one to customise it); the migrations,
-- run by the tables' owner, still grant new modules' permissions to them.
create function identity.refuse_builtin_change() returns trigger language plpgsql as $$
declare
    role_id bigint;
    builtin boolean;
begin
    if pg_has_role(current_user, (select relowner from pg_class where oid = 'identity.role'::regclass), 'MEMBER') then
        return coalesce(new, old);
    end if;
    if tg_table_name = 'role' then
        builtin := (tg_op <> 'INSERT' and old.builtin) or (tg_op <> 'DELETE' and new.builtin);
        role_id := coalesce(old.id, new.id);
    else
        role_id := case when tg_op = 'DELETE' then old.role_id else new.role_id end;
        builtin := (select r.builtin from identity.role r where r.id = role_id)
                or (tg_op = 'UPDATE' and (select r.builtin from identity.role r where r.id = old.role_id));
    end if;
    if builtin then
        raise exception 'built-in role % is read-only: copy it to customise', role_id using errcode = '23514';
    end if;
    return coalesce(new, old);
end
$$;
create trigger role_builtin_read_only before insert or update or delete on identity.role
    for each row execute function identity.refuse_builtin_change();
create trigger role_permission_builtin_read_only before insert or update or delete on identity.role_permission
    for each row execute function identity.refuse_builtin_change();
