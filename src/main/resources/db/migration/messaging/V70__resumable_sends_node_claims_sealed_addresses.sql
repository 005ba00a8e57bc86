-- Resumable audiences (ADR 0024). A campaign's audience is queued in chunks, in the order of the
-- registry person id; each chunk commits with queue_cursor (the last id it queued), so a restart on any
-- node continues after it. queue_owner / queue_lease_until: the node queuing it now, until when (renewed
-- by every chunk); audience_queued_at: the whole audience is in the outbox (only then can it be DONE).
-- body: the template text as it was when the campaign was made, so every chunk renders the same text.
alter table messaging.message_campaign
    add column body               text,
    add column queue_cursor       bigint not null default 0,
    add column audience_queued_at timestamptz,
    add column queue_owner        text,
    add column queue_lease_until  timestamptz;
update messaging.message_campaign c set body = t.body from messaging.message_template t where t.id = c.template_id;
alter table messaging.message_campaign alter column body set not null;
-- Before this version an audience was queued in one go and not resumable: what was begun counts as queued.
update messaging.message_campaign set audience_queued_at = queued_at where queued_at is not null;
create index message_campaign_queueing_idx on messaging.message_campaign (id)
    where queued_at is not null and audience_queued_at is null;

-- Claims name their node and expire (ADR 0024): a node that starts again releases only its own claims,
-- and anybody's once their lease has run out.
-- Addresses are never stored in clear (ADR 0007): SM4 ciphertext, opened only to send, and an HMAC-SM3
-- blind index that opt-outs and SMS replies are matched on. A row without address_index is a recipient
-- who has no address on the channel (SKIPPED_NO_ADDRESS); it carries no text either.
-- legacy_address: what an earlier version stored in clear, sealed and erased at the next start.
alter table messaging.outbox
    add column claimed_by       text,
    add column claim_expires_at timestamptz,
    add column address_cipher   bytea,
    add column address_index    bytea;
alter table messaging.outbox rename column address to legacy_address;
alter table messaging.outbox alter column legacy_address drop not null;
alter table messaging.outbox alter column rendered_text drop not null;
create index outbox_claim_idx on messaging.outbox (claim_expires_at) where status = 'SENDING';

-- Opt-outs by address: sealed, indexed and masked (138****5678) for the list staff see.
alter table messaging.opt_out
    add column address_cipher bytea,
    add column address_index  bytea,
    add column address_mask   text;
alter table messaging.opt_out rename column address to legacy_address;
drop index messaging.opt_out_address_idx;
create unique index opt_out_address_idx on messaging.opt_out (channel, address_index) where address_index is not null;
alter table messaging.opt_out drop constraint opt_out_check;
alter table messaging.opt_out
    add constraint opt_out_whom check (address_index is not null or legacy_address is not null or recipient_key is not null);
