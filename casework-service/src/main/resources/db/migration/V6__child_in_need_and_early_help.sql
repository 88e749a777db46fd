-- Child in need plans, and Early Help episodes, as their journeys record them. Every write is keyed
-- (a plan or an episode by its id, each visit, review and step by its event), so that applying an
-- event again changes nothing. Work on a plan or an episode the record does not hold is refused by
-- the foreign keys, so its event is set aside rather than lost.

-- Child in need plans (CIN census CINPlanStartDate, CINPlanEndDate). A plan sits in the child in
-- need episode of a referral and ends on the day a review decides so. What is due next is the
-- journey's word, counted from the last visit or review actually held; the latest count wins.
create table cin_plan (
    cin_plan_id              varchar(30) primary key,
    la_child_id              varchar(20) not null references child,
    referral_id              varchar(30) not null references episode,
    started_on               date        not null,
    origin                   varchar(30) not null,
    team                     varchar(64),
    lead_worker              varchar(64),
    next_visit_due_on        date,
    visit_due_counted_from   date,
    next_review_due_on       date,
    review_due_counted_from  date,
    ended_on                 date,
    end_reason               varchar(40)
);
create index cin_plan_child on cin_plan (la_child_id, started_on);
create index cin_plan_referral on cin_plan (referral_id);

-- Child in need visits (local rule T11).
create table cin_visit (
    event_id          uuid        primary key,
    -- the event's feed position: of two visits on one day, the one recorded later is the last
    position          bigint      not null,
    cin_plan_id       varchar(30) not null references cin_plan,
    visited_on        date        not null,
    due_on            date,
    child_seen        boolean     not null,
    child_seen_alone  boolean     not null,
    visited_by        varchar(64)
);
create index cin_visit_plan on cin_visit (cin_plan_id, visited_on);

-- Child in need reviews (local rule T23). One that decides to end the plan ends it.
create table cin_review (
    event_id     uuid        primary key,
    cin_plan_id  varchar(30) not null references cin_plan,
    held_on      date        not null,
    due_on       date,
    decision     varchar(20) not null,
    end_reason   varchar(40)
);
create index cin_review_plan on cin_review (cin_plan_id, held_on);

-- Early Help episodes, started by their own journey (the front door's decision, a step-down from
-- social care, a partner's request). The episode's row in episode (kind EARLY_HELP) is what every
-- view of open episodes reads; this holds what only Early Help records.
create table early_help_episode (
    eh_episode_id            varchar(30) primary key references episode,
    la_child_id              varchar(20) not null references child,
    contact_id               varchar(20),
    origin                   varchar(30) not null,
    -- for a step-down: the referral (REF-), child in need plan (CIN-) or child protection plan (CPP-)
    stepped_down_from        varchar(30),
    requested_by             text,
    request_reason           text,
    started_on               date        not null,
    -- a step-down is accepted by Early Help first (local rule T26)
    transfer_due_on          date,
    transfer_accepted_on     date,
    lead_practitioner        varchar(64),
    -- local rule T24
    assessment_due_on        date,
    assessment_completed_on  date,
    -- team-around-the-family reviews (local rule T25): the latest count wins
    next_review_due_on       date,
    review_due_counted_from  date,
    closed_on                date,
    closure                  varchar(20)
);
create index early_help_episode_child on early_help_episode (la_child_id, started_on);

-- What happened in each Early Help episode, step by step, keyed by the event that recorded it.
create table early_help_step (
    event_id       uuid        primary key,
    position       bigint      not null,
    eh_episode_id  varchar(30) not null references early_help_episode,
    occurred_on    date        not null,
    step           varchar(30) not null,
    due_on         date,
    -- the step's decision in the journey's code: the origin, a review's decision, a closure, ACCEPTED
    outcome        varchar(30),
    detail         text
);
create index early_help_step_episode on early_help_step (eh_episode_id, occurred_on, position);

-- The chronology entries that are part of the Early Help record: Early Help's own events and the
-- escalations of its work. Early Help practitioners read these and nothing else of the chronology.
create table early_help_chronology (
    event_id  uuid primary key references chronology_entry
);

-- The open cases on a date read episodes and plans by their business dates.
create index episode_open on episode (started_on, ended_on);
create index cp_plan_open on cp_plan (started_on, ended_on);
