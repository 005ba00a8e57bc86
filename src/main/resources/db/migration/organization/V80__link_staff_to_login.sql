-- The login account a staff member works under (e.g. a village liaison's), so that "my people" and
-- "my contacts due today" can be found for whoever is signed in. Optional and unique; the account
-- itself lives in identity, which this module does not read.
alter table organization.staff
    add column username text check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$');
create unique index staff_username_idx on organization.staff (username) where username is not null;
