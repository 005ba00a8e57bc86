-- One award list for every module (shared.MeritAward, docs/glossary.md): the conscript roster
-- takes the glossary's names, and "no award" is null rather than a NONE value. The county's
-- standard may raise the allowance for a 八一勋章 too (浙江省军人军属权益保障条例 Art 7: 义务兵获得荣誉称号或者
-- 立功的，其家庭由当地人民政府给予相应的物质和精神奖励).
alter table benefits.conscript drop constraint conscript_merit_check;
alter table benefits.conscript alter column merit drop not null, alter column merit drop default;
update benefits.conscript set merit = case merit
    when 'NONE' then null
    when 'THIRD_CLASS' then 'THIRD_CLASS_MERIT'
    when 'SECOND_CLASS' then 'SECOND_CLASS_MERIT'
    when 'FIRST_CLASS' then 'FIRST_CLASS_MERIT'
    when 'HONOR_TITLE' then 'HONORARY_TITLE'
    else merit end;
alter table benefits.conscript add constraint conscript_merit_check
    check (merit in ('AUGUST_FIRST_MEDAL', 'HONORARY_TITLE', 'FIRST_CLASS_MERIT', 'SECOND_CLASS_MERIT', 'THIRD_CLASS_MERIT',
                     'OUTSTANDING_SOLDIER'));
alter table benefits.conscript_allowance_standard add column august_first_medal_uplift numeric(6,2) not null default 0;
