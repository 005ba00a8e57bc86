-- A one-off payable the requesting module settled another way (e.g. a hardship grant paid in
-- cash after its bank transfer failed) is withdrawn, so that no follow-up run pays it again.
alter table benefits.one_off_payable drop constraint one_off_payable_status_check;
alter table benefits.one_off_payable
    add constraint one_off_payable_status_check check (status in ('SCHEDULED', 'PAID', 'FAILED', 'WITHDRAWN'));
