-- Journey events this service could not apply (a value its tables cannot hold, a fact it does not
-- expect), set aside so that the rest of the feed is still applied. Written in the transaction that
-- moves the cursor past the event. docs/journey-event-feed.md says how to re-apply one after a fix.
create table feed_quarantine (
    consumer        varchar(60) not null,
    position        bigint      not null,
    event_id        uuid        not null,
    type            text,
    -- text, not varchar(20) as in the facts: it may be the very value that could not be stored
    la_child_id     text,
    -- what went wrong, without a stack trace (that is in the service's log)
    error           text        not null,
    -- the whole event as this service read it from the feed
    event           jsonb       not null,
    quarantined_at  timestamptz not null default now(),
    -- a page read again (a replay) keeps each of its events here once
    primary key (consumer, event_id)
);
create index feed_quarantine_position on feed_quarantine (consumer, position);
