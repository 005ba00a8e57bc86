-- 三员分立 in the database as well as in the service: no user may hold two admin kinds.
create function identity.check_admin_separation() returns trigger language plpgsql as $$
begin
    if (select count(distinct r.admin_kind)
          from identity.user_role ur join identity.role r on r.id = ur.role_id
         where ur.user_id = new.user_id and r.admin_kind is not null) > 1 then
        raise exception 'user % would hold more than one administrator role', new.user_id
            using errcode = '23514';
    end if;
    return new;
end
$$;
create constraint trigger user_role_admin_separation after insert or update on identity.user_role
    deferrable initially deferred
    for each row execute function identity.check_admin_separation();
