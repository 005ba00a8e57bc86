create schema if not exists honors;

-- A household that may hang a glory plaque (光荣之家, 国办发〔2018〕72号). One row per household,
-- however many conditions it meets (Art 2: 同时具备两个以上条件的家庭只悬挂一个). The key is
-- 'A:<region>:<address>' when the address is known (a veteran and a new conscript under one roof
-- share it), else 'V:<registry file id>'. bases are re-derived from the registry by a refresh;
-- conscript_family is set by a recruit send-off. A revoked household is never offered again.
create table honors.plaque_household (
    id               bigint      generated always as identity primary key,
    household_key    text        not null unique,
    head_name        text        not null check (length(head_name) between 1 and 200),
    region_code      text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    address          text        check (length(address) <= 200),
    bases            text[]      not null default '{}',
    veteran_ids      bigint[]    not null default '{}',
    conscript_family boolean     not null default false,
    basis_deceased   boolean     not null default false,
    revoked          boolean     not null default false,
    refreshed_at     timestamptz,
    created_at       timestamptz not null default now()
);
create index plaque_household_region_idx on honors.plaque_household (region_code, id);

-- One plaque's life: ISSUED → HUNG → REPLACED (a new plaque replaces it) or REVOKED (收回).
create table honors.glory_plaque (
    id               bigint      generated always as identity primary key,
    household_id     bigint      not null references honors.plaque_household (id),
    region_code      text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    status           text        not null check (status in ('ISSUED', 'HUNG', 'REPLACED', 'REVOKED')),
    replaces_id      bigint      references honors.glory_plaque (id),
    issued_on        date        not null,
    issued_by        text        not null,
    hung_on          date,
    hung_address     text        check (length(hung_address) <= 200),
    signed_by        text        check (length(signed_by) <= 50),
    hung_by          text,
    replaced_on      date,
    replace_reason   text        check (replace_reason in ('MOVE', 'DAMAGE')),
    revoked_on       date,
    revoke_reason    text        check (revoke_reason in ('CRIMINAL_PUNISHMENT', 'PUBLIC_SECURITY_PENALTY',
                                                          'DISMISSED_FROM_SERVICE', 'DIED_BEFORE_2018', 'OTHER')),
    remark           text        check (length(remark) <= 500),
    updated_by       text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check ((status = 'HUNG') <= (hung_on is not null)),
    check ((status = 'REVOKED') = (revoke_reason is not null)),
    check ((status = 'REPLACED') = (replace_reason is not null))
);
-- At most one plaque in use per household.
create unique index glory_plaque_live_idx on honors.glory_plaque (household_id) where status in ('ISSUED', 'HUNG');
create index glory_plaque_region_idx on honors.glory_plaque (region_code, id);

-- 立功受奖送喜报 (送喜报工作办法, 2020-12-21). delivering_level follows from the award; the deadline is
-- set when the 喜报 is registered and overdue is computed, never stored.
create table honors.merit_notice (
    id                  bigint      generated always as identity primary key,
    member_name         text        not null check (length(member_name) between 1 and 50),
    member_unit         text        check (length(member_unit) <= 100),
    award               text        not null check (award in ('AUGUST_FIRST_MEDAL', 'HONORARY_TITLE', 'FIRST_CLASS_MERIT',
                                                              'SECOND_CLASS_MERIT', 'THIRD_CLASS_MERIT')),
    award_title         text        check (length(award_title) <= 100),
    awarded_on          date        not null,
    received_on         date        not null,
    family_name         text        not null check (length(family_name) between 1 and 50),
    relationship        text        not null check (length(relationship) between 1 and 20),
    region_code         text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    address             text        not null check (length(address) between 1 and 200),
    delivering_level    text        not null check (delivering_level in ('PROVINCE', 'CITY', 'COUNTY')),
    deadline            date        not null,
    amount_fen          bigint      check (amount_fen > 0),
    status              text        not null check (status in ('PENDING', 'DELIVERED')),
    delivered_on        date,
    delivered_by        text        check (length(delivered_by) <= 200),
    delivery_remark     text        check (length(delivery_remark) <= 500),
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    check ((status = 'DELIVERED') = (delivered_on is not null)),
    check (deadline >= received_on)
);
create index merit_notice_region_idx on honors.merit_notice (region_code, id);

-- 欢送新兵入伍 (征兵工作条例 Art 47: 新兵起运时 … 组织欢送).
create table honors.recruit_send_off (
    id                    bigint      generated always as identity primary key,
    title                 text        not null check (length(title) between 1 and 100),
    send_off_on           date        not null,
    place                 text        not null check (length(place) between 1 and 200),
    region_code           text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    remark                text        check (length(remark) <= 500),
    families_notified_on  date,
    created_by            text        not null,
    created_at            timestamptz not null default now()
);
create index recruit_send_off_region_idx on honors.recruit_send_off (region_code, id);

-- A new conscript (义务兵) sent off; no ID or phone number is kept here (those live, encrypted, in
-- the registry). household_id is the plaque household queued for the conscript's family.
create table honors.recruit (
    id               bigint      generated always as identity primary key,
    send_off_id      bigint      not null references honors.recruit_send_off (id),
    name             text        not null check (length(name) between 1 and 50),
    region_code      text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    address          text        not null check (length(address) between 1 and 200),
    family_name      text        check (length(family_name) <= 50),
    relationship     text        check (length(relationship) <= 20),
    unit             text        check (length(unit) <= 100),
    household_id     bigint      references honors.plaque_household (id),
    unique (send_off_id, name, region_code, address)
);
create index recruit_send_off_idx on honors.recruit (send_off_id, id);
