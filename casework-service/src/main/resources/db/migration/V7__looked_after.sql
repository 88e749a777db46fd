-- Children looked after, as the looked-after journey records them (SSDA903): periods of care, each
-- with its placements, the plans of emergency placements, statutory visits and reviews. Every write
-- is keyed (a period by its id, each placement, plan, visit and review by the event that recorded
-- it), so that applying an event again changes nothing. Work on a period the record does not hold is
-- refused by the foreign keys, so its event is set aside rather than lost. Codes are SSDA903's.

-- Periods of care (SSDA903 DECOM to DEC). A period from a referral belongs to that referral's child
-- in need episode; a direct entry (police protection, remand, ...) opens an episode of its own, keyed
-- by the period's id. What is due next is the journey's word, counted from the last visit or review
-- actually held, or a placement's start; the latest count wins.
create table cla_period (
    cla_period_id            varchar(30) primary key,
    la_child_id              varchar(20) not null references child,
    episode_id               varchar(30) not null references episode,
    -- null for a direct entry
    referral_id              varchar(30) references episode,
    started_on               date        not null,
    entry_route              varchar(30) not null,
    -- (LS) as at the start; the journey records no change of legal status within a period
    legal_status             varchar(10) not null,
    -- under an agreed series of short breaks only (V3, V4): on the record, not counted among children looked after
    short_breaks_only        boolean     not null,
    -- (CIN) N1 to N8
    category_of_need         varchar(10) not null,
    -- the children in care team that holds the case while the child is looked after
    team                     varchar(64),
    social_worker            varchar(64),
    next_visit_due_on        date,
    visit_due_counted_from   date,
    next_review_due_on       date,
    review_due_counted_from  date,
    ended_on                 date,
    -- (REC)
    reason_ceased            varchar(10)
);
create index cla_period_child on cla_period (la_child_id, started_on);
create index cla_period_episode on cla_period (episode_id);
-- the open cases on a date, and who a looked-after child's record opens to, read open periods
create index cla_period_open on cla_period (started_on, ended_on);

-- Placements (SSDA903 PLACE, PLACE_PROVIDER, PL_POST): the first from the period's start, each later
-- one from its change; a placement lasts until the next starts or the period ends.
create table cla_placement (
    event_id           uuid        primary key,
    -- the event's feed position: of two placements from one day, the one recorded later is the current
    position           bigint      not null,
    cla_period_id      varchar(30) not null references cla_period,
    started_on         date        not null,
    placement_type     varchar(10) not null,
    provider           varchar(10) not null,
    -- the postcode district only (SE9), never an address
    postcode_district  varchar(8),
    until_eighteen     boolean     not null,
    emergency          boolean     not null,
    -- (REASON_PLACE_CHANGE) null for the period's first placement
    change_reason      varchar(10)
);
create index cla_placement_period on cla_placement (cla_period_id, started_on, position);

-- Plans of emergency placements (rule T20), each for the placement current on the day it was agreed,
-- decided when the event is first applied and kept by its id.
create table cla_placement_plan (
    event_id            uuid primary key,
    placement_event_id  uuid not null references cla_placement,
    agreed_on           date not null,
    due_on              date
);
create index cla_placement_plan_placement on cla_placement_plan (placement_event_id);

-- Statutory visits to looked-after children (rules T12, T13, T14).
create table cla_visit (
    event_id          uuid        primary key,
    -- the event's feed position: of two visits on one day, the one recorded later is the last
    position          bigint      not null,
    cla_period_id     varchar(30) not null references cla_period,
    visited_on        date        not null,
    due_on            date,
    child_seen        boolean     not null,
    child_seen_alone  boolean     not null,
    visited_by        varchar(64)
);
create index cla_visit_period on cla_visit (cla_period_id, visited_on);

-- Looked-after children's reviews, chaired by an independent reviewing officer (rules T17, T18, T19).
create table cla_review (
    event_id                       uuid        primary key,
    cla_period_id                  varchar(30) not null references cla_period,
    held_on                        date        not null,
    due_on                         date,
    independent_reviewing_officer  text        not null
);
create index cla_review_period on cla_review (cla_period_id, held_on);
