-- The register of foster carer households, as the foster-carer journey records them: approval, DBS
-- checks (rule T27), supervisory visits (T28), their escalations, and deregistration. A carer's events
-- name no child, so nothing here refers to a child's record. Every write is keyed (a household by its
-- carer id, each check, visit and escalation by the event that recorded it), so applying an event again
-- changes nothing. Work for a household the register does not hold is refused by the foreign keys, so
-- its event is set aside rather than lost.

-- One row per household, never reused for another (the council's carer id). What is due next is the
-- journey's word, counted from the last check or visit actually made (else the approval); the latest
-- count wins. Deregistration stops every clock.
create table foster_carer (
    carer_id                     varchar(20) primary key,
    household_name               text        not null,
    -- IN_HOUSE or KINSHIP (a connected person)
    carer_type                   varchar(20) not null,
    approved_on                  date        not null,
    approved_by                  varchar(64),
    supervising_worker           varchar(64) not null,
    -- the feed position of the latest event that named the supervising worker: every carer event names
    -- them, and an older event read again must not undo a later word
    supervising_worker_position  bigint      not null,
    -- the latest check at approval; null when none was recorded, and one was then due at once
    dbs_checked_at_approval_on   date,
    next_dbs_check_due_on        date,
    dbs_check_due_counted_from   date,
    next_visit_due_on            date,
    visit_due_counted_from       date,
    deregistered_on              date,
    deregistration_reason        varchar(40),
    deregistered_by              varchar(64)
);

-- DBS checks recorded after approval, dated the check itself.
create table foster_carer_dbs_check (
    event_id        uuid        primary key,
    -- the event's feed position: of two checks on one day, the one recorded later is the last
    position        bigint      not null,
    carer_id        varchar(20) not null references foster_carer,
    checked_on      date        not null,
    -- the check that was due (the renewal of the last, or the approval day when none was recorded)
    due_on          date,
    renewal_due_on  date,
    recorded_by     varchar(64)
);
create index foster_carer_dbs_check_carer on foster_carer_dbs_check (carer_id, checked_on, position);

-- Supervisory visits by the supervising social worker, dated the visit.
create table foster_carer_visit (
    event_id    uuid        primary key,
    -- the event's feed position: of two visits on one day, the one recorded later is the last
    position    bigint      not null,
    carer_id    varchar(20) not null references foster_carer,
    visited_on  date        not null,
    due_on      date,
    visited_by  varchar(64)
);
create index foster_carer_visit_carer on foster_carer_visit (carer_id, visited_on, position);

-- Escalations of a carer's DBS check or visit: a timer found it not recorded by the end of its due day
-- (BREACHED), a fostering manager reviewed that (REVIEWED), or it was then recorded with a date within
-- the timescale (RECORDED_IN_TIME). One is open while its work is still the carer's next due.
create table foster_carer_escalation (
    event_id        uuid        primary key,
    position        bigint      not null,
    carer_id        varchar(20) not null references foster_carer,
    kind            varchar(20) not null,
    -- the rule: T27 for a DBS check, T28 for a supervisory visit
    timescale       varchar(10) not null,
    due_on          date        not null,
    occurred_on     date,
    -- the manager who reviewed it; null for a timer
    worker          varchar(64),
    manager_action  text
);
create index foster_carer_escalation_carer on foster_carer_escalation (carer_id, timescale, due_on);
