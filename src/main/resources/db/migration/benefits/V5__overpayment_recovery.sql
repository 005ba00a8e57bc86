-- 追缴 recovery: partial recoveries until the amount is back (RECOVERED), or 核销 (WAIVED) on a
-- request approved by a second person. recovered_fen never exceeds the amount: over-recovered
-- money would have to be paid back.
alter table benefits.overpayment add column recovered_fen bigint not null default 0;
alter table benefits.overpayment add column waiver_reason text check (length(waiver_reason) <= 500);
alter table benefits.overpayment add column waiver_requested_by text;
alter table benefits.overpayment add column waiver_requested_at timestamptz;
alter table benefits.overpayment add column waived_by text;
alter table benefits.overpayment add column waived_at timestamptz;
alter table benefits.overpayment
    add constraint overpayment_recovered_check check (recovered_fen between 0 and amount_fen),
    add constraint overpayment_recovered_status_check check ((status = 'RECOVERED') = (recovered_fen = amount_fen)),
    add constraint overpayment_waived_check check ((status = 'WAIVED') = (waived_by is not null)),
    add constraint overpayment_waiver_two_people_check check (waived_by is null or waived_by <> waiver_requested_by);
create index overpayment_region_idx on benefits.overpayment (region_code, id);

create table benefits.overpayment_recovery (
    id             bigint      generated always as identity primary key,
    overpayment_id bigint      not null references benefits.overpayment (id),
    amount_fen     bigint      not null check (amount_fen > 0),
    recovered_on   date        not null,
    method         text        not null check (method in ('COUNTER', 'BANK_TRANSFER', 'FUNERAL_OFFSET')),
    reference      text        check (length(reference) <= 100),
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now()
);
create index overpayment_recovery_overpayment_idx on benefits.overpayment_recovery (overpayment_id, id);

-- The history of each overpayment (its creation is the overpayment row itself).
create table benefits.overpayment_event (
    id             bigint      generated always as identity primary key,
    overpayment_id bigint      not null references benefits.overpayment (id),
    action         text        not null check (action in ('RECOVERY_RECORDED', 'RECOVERED', 'WAIVER_REQUESTED',
                                                          'WAIVER_APPROVED', 'WAIVER_DECLINED')),
    amount_fen     bigint,
    actor          text        not null,
    acted_at       timestamptz not null default now(),
    note           text        check (length(note) <= 600)
);
create index overpayment_event_overpayment_idx on benefits.overpayment_event (overpayment_id, id);
