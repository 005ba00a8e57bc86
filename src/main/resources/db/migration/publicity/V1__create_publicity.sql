create schema if not exists publicity;

-- 政策法规宣传: an article of one region's bureau or station, read in that region and below once
-- published and its publish date has come. Drafts are edited; published ones are withdrawn, not deleted.
create table publicity.policy_article (
    id           bigint      generated always as identity primary key,
    title        text        not null check (length(title) between 1 and 100),
    summary      text        check (length(summary) <= 70),
    body         text        not null check (length(body) between 1 and 50000),
    channels     text[]      not null default '{}'
                             check (channels <@ array['PORTAL', 'WECHAT', 'SMS']::text[]),
    publish_date date,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    region_code  text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    published_by text,
    published_at timestamptz,
    check ((status = 'DRAFT') or publish_date is not null)
);
create index policy_article_region_idx on publicity.policy_article (region_code, id);
create index policy_article_published_idx on publicity.policy_article (publish_date desc, id)
    where status = 'PUBLISHED';
