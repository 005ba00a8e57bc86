-- The chain is keyed from now on (HMAC-SM3 under RONGJUN_AUDIT_KEY, ADR 0020). Rows written so far
-- keep their plain SM3 hashes as key 0; the first keyed row binds their head into its HMAC, and
-- the anchor written at the first start pins it outside the database. Rows also name what was done
-- in words and to which object, beside the raw request (target).
alter table identity.audit_log
    add column key_id    smallint not null default 0 check (key_id >= 0),
    add column operation text,
    add column object    text;
-- New rows must say which key they are under.
alter table identity.audit_log alter column key_id drop default;
create index audit_log_action_idx on identity.audit_log (action, at);
