-- Bumped whenever what a session was granted changes (roles, scope, enabled, password), so that
-- open sessions pick up the change on their next request instead of keeping stale rights.
alter table identity.app_user add column security_version integer not null default 0;
