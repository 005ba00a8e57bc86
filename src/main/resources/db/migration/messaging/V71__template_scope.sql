-- Templates belong to a scope like every other record (issue 13): readable in their region and below,
-- editable only inside it. A code is unique within its scope, so two townships may both have "birthday".
alter table messaging.message_template add column scope_code text check (scope_code ~ '^[1-9][0-9]{11}$');

-- Templates made before scopes existed: the widest scope among the campaigns and greetings that use them,
-- else the widest scope anyone sends from. Left without scope (nobody has sent anything yet), a template
-- stays readable by everyone and editable by nobody (共用模板): copy it to change it.
with users as (
    select template_id, scope_code from messaging.message_campaign
    union all
    select template_id, scope_code from messaging.greeting_setting),
widest as (select min(scope_code) as scope_code from users)
update messaging.message_template t
set scope_code = coalesce((select min(u.scope_code) from users u where u.template_id = t.id),
                          (select scope_code from widest));

alter table messaging.message_template drop constraint message_template_code_key;
create unique index message_template_scope_code_idx on messaging.message_template (scope_code, code);
create unique index message_template_shared_code_idx on messaging.message_template (code) where scope_code is null;
