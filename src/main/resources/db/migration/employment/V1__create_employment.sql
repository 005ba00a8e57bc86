create schema if not exists employment;

-- 合作企业 and public units offering posts. region_code is the office that keeps the record (a county
-- bureau's employers are seen by its townships; a township's own by nobody beside it).
create table employment.employer (
    id              bigint      generated always as identity primary key,
    region_code     text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    name            text        not null check (length(name) between 1 and 100),
    kind            text        not null check (kind in ('GOVERNMENT', 'MASS_ORGANIZATION', 'PUBLIC_INSTITUTION',
                                                         'STATE_OWNED', 'PRIVATE', 'SOCIAL_ORGANIZATION')),
    credit_code     text        check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    industry        text        check (length(industry) <= 50),
    contact_name    text        check (length(contact_name) <= 50),
    contact_phone   text        check (length(contact_phone) <= 30),
    address         text        check (length(address) <= 200),
    agreement_no    text        check (length(agreement_no) <= 50),
    agreement_until date,
    active          boolean     not null default true,
    created_by      text        not null,
    created_at      timestamptz not null default now()
);
create index employer_region_idx on employment.employer (region_code, id);
create unique index employer_credit_code_idx on employment.employer (credit_code) where credit_code is not null;

-- A post (岗位) with its requirements. Amounts are monthly pay in fen. The relaxed limits
-- (veteran_age_max, veteran_education) are what an employer of Art 42's kinds accepts from veterans.
create table employment.post (
    id                    bigint      generated always as identity primary key,
    employer_id           bigint      not null references employment.employer (id),
    region_code           text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    title                 text        not null check (length(title) between 1 and 100),
    kind                  text        not null check (kind in ('GENERAL', 'CIVIL_SERVANT_TARGETED', 'PLACEMENT',
                                                               'PUBLIC_WELFARE', 'FIREFIGHTER', 'COMMUNITY_WORKER')),
    workplace_region_code text        not null check (workplace_region_code ~ '^[1-9][0-9]{11}$'),
    education             text        check (education ~ '^[0-9]{2}$'),
    veteran_education     text        check (veteran_education ~ '^[0-9]{2}$'),
    age_max               int         check (age_max between 16 and 70),
    veteran_age_max       int         check (veteran_age_max between 16 and 70),
    min_service_years     int         check (min_service_years between 0 and 40),
    skills                text[]      not null default '{}',
    certificates          text[]      not null default '{}',
    physical              text        check (length(physical) <= 200),
    pay_min_fen           bigint      check (pay_min_fen >= 0),
    pay_max_fen           bigint      check (pay_max_fen >= 0),
    openings              int         not null check (openings between 1 and 10000),
    filled                int         not null default 0 check (filled >= 0),
    valid_from            date        not null,
    valid_until           date        not null,
    description           text        check (length(description) <= 2000),
    closed                boolean     not null default false,
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    check (valid_until >= valid_from),
    check (pay_min_fen is null or pay_max_fen is null or pay_max_fen >= pay_min_fen),
    check (filled <= openings)
);
create index post_region_idx on employment.post (region_code, id);
create index post_employer_idx on employment.post (employer_id);
create index post_open_idx on employment.post (valid_until) where not closed;

-- Each veteran's employment profile (就业状态、意向、技能、证书). The veteran's household region is
-- read from registry.job_seeker_basis at query time, so a transfer moves the profile with the person.
create table employment.profile (
    veteran_id          bigint      primary key,
    status              text        not null check (status in ('EMPLOYED', 'UNEMPLOYED', 'SELF_EMPLOYED',
                                                               'FLEXIBLE', 'STUDYING')),
    status_since        date        not null,
    employer_name       text        check (length(employer_name) <= 100),
    seeking             boolean     not null,
    intended_industry   text        check (length(intended_industry) <= 50),
    intended_region     text        check (intended_region ~ '^[1-9][0-9]{11}$'),
    intended_pay_fen    bigint      check (intended_pay_fen >= 0),
    skills              text[]      not null default '{}',
    certificates        text[]      not null default '{}',
    note                text        check (length(note) <= 500),
    updated_by          text        not null,
    updated_at          timestamptz not null default now()
);
create index profile_seeking_idx on employment.profile (veteran_id) where seeking;

-- The dated history of a profile's status: one row per change, never updated.
create table employment.status_change (
    id            bigint      generated always as identity primary key,
    veteran_id    bigint      not null,
    status        text        not null,
    since         date        not null,
    employer_name text,
    source        text        not null check (source in ('STAFF', 'REFERRAL')),
    note          text        check (length(note) <= 500),
    recorded_by   text        not null,
    recorded_at   timestamptz not null default now()
);
create index status_change_veteran_idx on employment.status_change (veteran_id, id);

-- 就业推荐: a veteran referred to a post, tracked to its outcome. region_code is the veteran's
-- household region when referred (the scope of the record); score is the match score then.
create table employment.referral (
    id            bigint      generated always as identity primary key,
    post_id       bigint      not null references employment.post (id),
    veteran_id    bigint      not null,
    veteran_name  text        not null,
    region_code   text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    score         int         not null check (score between 0 and 100),
    status        text        not null check (status in ('REFERRED', 'INTERVIEWED', 'HIRED', 'NOT_HIRED',
                                                         'DECLINED')),
    follow_up_on  date,
    outcome_on    date,
    referred_on   date        not null,
    referred_by   text        not null,
    referred_at   timestamptz not null default now(),
    check ((status in ('REFERRED', 'INTERVIEWED')) = (follow_up_on is not null)),
    check ((status in ('HIRED', 'NOT_HIRED', 'DECLINED')) = (outcome_on is not null))
);
create index referral_region_idx on employment.referral (region_code, id);
create index referral_post_idx on employment.referral (post_id);
create index referral_veteran_idx on employment.referral (veteran_id);
create index referral_follow_up_idx on employment.referral (follow_up_on, region_code)
    where status in ('REFERRED', 'INTERVIEWED');
-- One open referral of a person to a post at a time.
create unique index referral_open_idx on employment.referral (post_id, veteran_id)
    where status in ('REFERRED', 'INTERVIEWED');

create table employment.referral_step (
    id          bigint      generated always as identity primary key,
    referral_id bigint      not null references employment.referral (id),
    status      text        not null,
    happened_on date        not null,
    note        text        check (length(note) <= 500),
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index referral_step_referral_idx on employment.referral_step (referral_id, id);
