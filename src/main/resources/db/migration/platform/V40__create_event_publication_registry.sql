create schema if not exists platform;

-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1),
-- kept here instead of the library's schema auto-initialisation so that it is versioned with
-- the other tables (docs/decisions/0022-stored-module-events.md). A row is one event for one
-- listener, written in the publisher's transaction: a committed event is never lost, even if the
-- process stops before the listener ran. Completed rows move to the archive (completion mode
-- archive), so this table only ever holds what is still to be delivered.
create table platform.event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
-- Completion without the publication at hand looks a row up by its event and listener.
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);

-- What was delivered, when, after how many attempts: kept for diagnosis ("did benefits ever hear
-- of this death?") and purged after rongjun.events.archive-retention.
create table platform.event_publication_archive (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_archive_completion_date_idx on platform.event_publication_archive (completion_date);
