-- Child protection facts from the journey event feed: the strategy discussions and section 47
-- enquiries (feature section47), the initial conferences, and the plans with their visits and
-- review conferences (feature cpplans). Like every fact they keep their business dates, so that the
-- measures of any past month can be computed again; each row is keyed by its event or its record,
-- so a replay of the feed changes nothing.

-- Every strategy discussion held, whatever it decided.
create table strategy_discussion_fact (
    event_id     uuid        primary key,
    la_child_id  varchar(20) not null,
    referral_id  varchar(20),
    held_on      date        not null,
    due_on       date,
    decision     varchar(40) not null
);
create index strategy_discussion_fact_held on strategy_discussion_fact (held_on);

-- One row per section 47 enquiry, as the CIN census keys it: within its referral, by the date of the
-- strategy discussion that initiated it (S47ActualStartDate). Started by that discussion; completed later.
create table section47_fact (
    referral_id   varchar(20) not null,
    started_on    date        not null,
    la_child_id   varchar(20) not null,
    completed_on  date,
    outcome       varchar(40),
    decision      varchar(40),
    icpc_due_on   date,
    primary key (referral_id, started_on)
);
create index section47_fact_started on section47_fact (started_on);

-- Every initial child protection conference held, with the start of the enquiry its timescale (T4) runs from.
create table icpc_fact (
    event_id        uuid        primary key,
    la_child_id     varchar(20) not null,
    referral_id     varchar(20),
    s47_started_on  date        not null,
    held_on         date        not null,
    due_on          date,
    decision        varchar(40) not null
);
create index icpc_fact_held on icpc_fact (held_on);

-- One row per child protection plan. It starts on its initial conference's date and ends on the date
-- of the review conference that ended it (there is no other end of a plan).
create table cp_plan_fact (
    cp_plan_id          varchar(20) primary key,
    la_child_id         varchar(20) not null,
    referral_id         varchar(20),
    started_on          date        not null,
    category            varchar(20) not null,
    -- the first visit's due date as the journey set it (local rule T10, the council's interval at the time)
    first_visit_due_on  date,
    ended_on            date,
    end_reason          varchar(40),
    check (ended_on is null or ended_on >= started_on)
);
create index cp_plan_fact_child on cp_plan_fact (la_child_id, started_on);
create index cp_plan_fact_started on cp_plan_fact (started_on);
create index cp_plan_fact_ended on cp_plan_fact (ended_on);

-- Every child protection visit made, seen or not.
create table cp_visit_fact (
    event_id          uuid        primary key,
    cp_plan_id        varchar(20) not null,
    la_child_id       varchar(20) not null,
    visited_on        date        not null,
    due_on            date,
    child_seen        boolean     not null,
    child_seen_alone  boolean     not null
);
create index cp_visit_fact_plan on cp_visit_fact (cp_plan_id, visited_on);

-- Each time the journey started a plan's visit clock again, counted from the visit actually made, and
-- the due date it set then: a council that later changes its interval (T10) does not change past months.
create table cp_visit_due_fact (
    event_id      uuid        primary key,
    cp_plan_id    varchar(20) not null,
    counted_from  date        not null,
    due_on        date        not null
);
create index cp_visit_due_fact_plan on cp_visit_due_fact (cp_plan_id, counted_from);

-- Every review conference held; the one deciding to end the plan also sets the plan's end.
create table cp_review_fact (
    event_id     uuid        primary key,
    cp_plan_id   varchar(20) not null,
    la_child_id  varchar(20) not null,
    held_on      date        not null,
    due_on       date,
    decision     varchar(20) not null,
    end_reason   varchar(40)
);
create index cp_review_fact_plan on cp_review_fact (cp_plan_id, held_on);
