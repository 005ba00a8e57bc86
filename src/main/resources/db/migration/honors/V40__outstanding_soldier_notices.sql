-- One award list for every module (shared.MeritAward): an outstanding soldier (优秀士兵) is
-- congratulated by the township or street office of the family's home (浙江省军人军属权益保障条例 Art 6).
alter table honors.merit_notice drop constraint merit_notice_award_check;
alter table honors.merit_notice add constraint merit_notice_award_check
    check (award in ('AUGUST_FIRST_MEDAL', 'HONORARY_TITLE', 'FIRST_CLASS_MERIT', 'SECOND_CLASS_MERIT', 'THIRD_CLASS_MERIT',
                     'OUTSTANDING_SOLDIER'));
alter table honors.merit_notice drop constraint merit_notice_delivering_level_check;
alter table honors.merit_notice add constraint merit_notice_delivering_level_check
    check (delivering_level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'));
