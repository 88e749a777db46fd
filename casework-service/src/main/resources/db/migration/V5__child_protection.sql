-- Child protection, as the journey records it: strategy discussions, section 47 enquiries, initial
-- conferences, and child protection plans with their core groups, visits and review conferences.
-- Every section 47 enquiry sits in a referral's child in need episode. Every write is keyed, so that
-- applying an event again changes nothing.

-- Strategy discussions (WT23): who took part, the concern, and what was decided. A referral may
-- hold more than one, and nothing but the event names a discussion, so each is keyed by its event.
create table strategy_discussion (
    event_id     uuid        primary key,
    la_child_id  varchar(20) not null references child,
    referral_id  varchar(30) not null references episode,
    held_on      date        not null,
    -- local rule T2, from the decision to hold one
    due_on       date,
    police       boolean     not null,
    health       boolean     not null,
    education    boolean     not null,
    others       text,
    concern      varchar(30) not null,
    decision     varchar(40) not null,
    rationale    text,
    team         varchar(64),
    recorded_by  varchar(64)
);
create index strategy_discussion_child on strategy_discussion (la_child_id, held_on);
create index strategy_discussion_referral on strategy_discussion (referral_id, held_on);

-- Section 47 enquiries. One starts on the day of the strategy discussion that decides on it (CIN
-- census S47ActualStartDate) and its completion names that day, so the referral and the start date
-- key it: the discussion opens the row and the completion fills it in, whichever arrives first.
create table section_47_enquiry (
    referral_id          varchar(30) not null references episode,
    started_on           date        not null,
    la_child_id          varchar(20) not null references child,
    child_seen_on        date,
    -- a later strategy discussion during the enquiry: recorded, but the conference's clock (T4) does not move
    further_strategy_on  date,
    outcome              varchar(40),
    category             varchar(30),
    decision             varchar(40),
    completed_on         date,
    icpc_due_on          date,
    team                 varchar(64),
    completed_by         varchar(64),
    primary key (referral_id, started_on)
);
create index section_47_enquiry_child on section_47_enquiry (la_child_id, started_on);

-- Initial child protection conferences (CIN census DateOfInitialCPC): one per enquiry, timed from
-- the enquiry's start (T4).
create table initial_conference (
    referral_id         varchar(30) not null references episode,
    s47_started_on      date        not null,
    la_child_id         varchar(20) not null references child,
    held_on             date        not null,
    due_on              date,
    chair               text,
    decision            varchar(40) not null,
    category            varchar(30),
    lead_social_worker  varchar(64),
    late_reason         text,
    team                varchar(64),
    primary key (referral_id, s47_started_on)
);
create index initial_conference_child on initial_conference (la_child_id, held_on);

-- Child protection plans (CIN census CPPstartDate, CPPendDate). A plan starts on the day of the
-- conference that decided on it and ends on the day a review conference decides so. What is due
-- next is the journey's word: each recurring piece of work is due again counted from the last one
-- actually held, and the latest count wins, whatever order the events are applied in.
create table cp_plan (
    cp_plan_id                          varchar(30) primary key,
    la_child_id                         varchar(20) not null references child,
    referral_id                         varchar(30) references episode,
    started_on                          date        not null,
    category                            varchar(30) not null,
    team                                varchar(64),
    lead_social_worker                  varchar(64),
    next_core_group_due_on              date,
    core_group_due_counted_from         date,
    next_visit_due_on                   date,
    visit_due_counted_from              date,
    next_review_conference_due_on       date,
    review_conference_due_counted_from  date,
    ended_on                            date,
    end_reason                          varchar(40)
);
create index cp_plan_child on cp_plan (la_child_id, started_on);
create index cp_plan_referral on cp_plan (referral_id);

-- Core group meetings of a plan (first: T5; each later one: local rule T6).
create table core_group (
    event_id    uuid        primary key,
    cp_plan_id  varchar(30) not null references cp_plan,
    held_on     date        not null,
    due_on      date
);
create index core_group_plan on core_group (cp_plan_id, held_on);

-- Child protection visits (local rule T10).
create table cp_visit (
    event_id          uuid        primary key,
    -- the event's feed position: of two visits on one day, the one recorded later is the last
    position          bigint      not null,
    cp_plan_id        varchar(30) not null references cp_plan,
    visited_on        date        not null,
    due_on            date,
    child_seen        boolean     not null,
    child_seen_alone  boolean     not null,
    visited_by        varchar(64)
);
create index cp_visit_plan on cp_visit (cp_plan_id, visited_on);

-- Review conferences of a plan (first: T7; each later one: T8). One that decides to end the plan ends it.
create table review_conference (
    event_id    uuid        primary key,
    cp_plan_id  varchar(30) not null references cp_plan,
    held_on     date        not null,
    due_on      date,
    decision    varchar(20) not null,
    end_reason  varchar(40)
);
create index review_conference_plan on review_conference (cp_plan_id, held_on);

-- Whether child protection work that ended in no further action (or a step down to Early Help)
-- closed the child in need episode it sat in. It does unless the episode's assessment was still open
-- when the event was first applied; kept by the event, so that applying it again decides the same
-- way whatever has been recorded since.
create table episode_closing (
    event_id    uuid        primary key,
    episode_id  varchar(30) not null references episode,
    closed      boolean     not null
);
