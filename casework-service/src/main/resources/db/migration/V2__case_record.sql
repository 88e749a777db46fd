-- The case record, projected from the journey event feed. Every change is keyed so that applying
-- an event again changes nothing (the feed delivers at least once).

alter table child add column updated_at timestamptz not null default now();

-- Each contact to the front door and what was decided (Ofsted ILACS Annex A list 1).
create table contact (
    contact_id       varchar(20) primary key,
    la_child_id      varchar(20) not null references child,
    received_at      timestamp    not null,
    received_on      date         not null,
    source           varchar(30),
    reason           text,
    decision_due_on  date,
    outcome          varchar(30),
    decided_on       date,
    decided_by       varchar(64),
    rationale        text
);
create index contact_child on contact (la_child_id);

-- Episodes of help: a referral opens a child in need episode (CIN census CINreferralDate),
-- an Early Help decision or step-down opens an Early Help episode.
create table episode (
    episode_id   varchar(30) primary key,
    la_child_id  varchar(20) not null references child,
    kind         varchar(20) not null check (kind in ('CHILD_IN_NEED', 'EARLY_HELP')),
    started_on   date        not null,
    ended_on     date,
    end_reason   varchar(60),
    team         varchar(64),
    contact_id   varchar(20)
);
create index episode_child on episode (la_child_id);

-- The child and family assessment of a referral (CIN census Assessments).
create table assessment (
    referral_id     varchar(20) primary key references episode,
    la_child_id     varchar(20) not null references child,
    due_on          date,
    started_on      date,
    authorised_on   date,
    outcome         varchar(40),
    summary         text,
    late_reason     text,
    completed_by    varchar(64)
);

-- Who holds the case: each allocation of a worker to an episode, ended by the next or by closure.
create table allocation (
    allocation_event_id uuid primary key,
    la_child_id         varchar(20) not null references child,
    episode_id          varchar(30) not null references episode,
    worker              varchar(64) not null,
    team                varchar(64),
    allocated_on        date        not null,
    ended_on            date
);
create index allocation_child on allocation (la_child_id);

-- What happened to the child, dated as the worker recorded it; one entry per journey event.
create table chronology_entry (
    event_id     uuid primary key,
    -- the event's feed position: on the same day, entries follow the order the journey took
    position     bigint      not null,
    la_child_id  varchar(20) not null references child,
    occurred_on  date        not null,
    recorded_at  timestamptz not null,
    kind         varchar(60) not null,
    summary      text        not null,
    recorded_by  varchar(64)
);
create index chronology_child on chronology_entry (la_child_id, occurred_on, position);

-- How far this service has read the journey event feed; moved in the same transaction as the record.
create table feed_cursor (
    consumer  varchar(60) primary key,
    position  bigint      not null
);
