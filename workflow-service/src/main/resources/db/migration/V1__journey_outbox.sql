-- The journey event outbox. Every completed user task, started journey and fired statutory timer
-- writes one row here in the engine's own transaction; GET /api/workflow/events serves them.
create table event (
    id                  bigserial    primary key,
    -- the writing transaction; a row gets its feed position only once every transaction older
    -- than it has finished, so one that commits late is never skipped by a reader
    tx_id               xid8         not null default pg_current_xact_id(),
    position            bigint       unique,
    event_id            uuid         not null unique,
    type                varchar(60)  not null,
    la_child_id         varchar(20),
    contact_id          varchar(20),
    referral_id         varchar(20),
    occurred_on         date,
    recorded_at         timestamptz  not null default now(),
    due_on              date,
    team                varchar(64),
    worker              varchar(64),
    process_instance_id varchar(64),
    -- the request that caused it (the gateway's X-Correlation-Id), for the audit trail
    correlation_id      varchar(64),
    data                jsonb        not null default '{}'
);

create index event_awaiting_position on event (tx_id, id) where position is null;

-- Readable identifiers for contacts, children and referrals.
create sequence contact_number start 1;
create sequence child_number start 1000001;
create sequence referral_number start 1;
