-- Child in need plans with their visits and reviews (feature childinneed), and Early Help episodes with
-- the step-ups they ask for (feature earlyhelp), from the journey event feed. Like every fact they keep
-- their business dates, so that the measures of any past month can be computed again; each row is keyed
-- by its record or its event, so a replay of the feed changes nothing.

-- One row per child in need plan (CIN census CINPlanStartDate, CINPlanEndDate). It starts on the date of
-- the decision that made it and ends on the date of the review that ended it. It sits in its referral's
-- episode of social care.
create table cin_plan_fact (
    cin_plan_id         varchar(20) primary key,
    la_child_id         varchar(20) not null,
    referral_id         varchar(20),
    started_on          date        not null,
    origin              varchar(40) not null,
    -- the first visit's due date as the journey set it (local rule T11, the council's interval at the time)
    first_visit_due_on  date,
    ended_on            date,
    end_reason          varchar(40),
    check (ended_on is null or ended_on >= started_on)
);
create index cin_plan_fact_child on cin_plan_fact (la_child_id, started_on);
create index cin_plan_fact_started on cin_plan_fact (started_on);
create index cin_plan_fact_referral on cin_plan_fact (referral_id);

-- Every child in need visit made, seen or not.
create table cin_visit_fact (
    event_id          uuid        primary key,
    cin_plan_id       varchar(20) not null,
    la_child_id       varchar(20) not null,
    visited_on        date        not null,
    due_on            date,
    child_seen        boolean     not null,
    child_seen_alone  boolean     not null
);
create index cin_visit_fact_plan on cin_visit_fact (cin_plan_id, visited_on);

-- Each time the journey started a plan's visit clock again, counted from the visit actually made, and the
-- due date it set then: a council that later changes its interval (T11) does not change past months.
create table cin_visit_due_fact (
    event_id      uuid        primary key,
    cin_plan_id   varchar(20) not null,
    counted_from  date        not null,
    due_on        date        not null
);
create index cin_visit_due_fact_plan on cin_visit_due_fact (cin_plan_id, counted_from);

-- Every child in need review held; the one deciding to end the plan also sets the plan's end.
create table cin_review_fact (
    event_id     uuid        primary key,
    cin_plan_id  varchar(20) not null,
    la_child_id  varchar(20) not null,
    held_on      date        not null,
    due_on       date,
    decision     varchar(20) not null,
    end_reason   varchar(40)
);
create index cin_review_fact_plan on cin_review_fact (cin_plan_id, held_on);

-- One row per Early Help episode: it starts on the day it was asked for (a front-door decision, a step-down
-- from social care, a partner's request) and ends on the day its journey closed it.
create table early_help_episode_fact (
    eh_episode_id      varchar(20) primary key,
    la_child_id        varchar(20) not null,
    contact_id         varchar(20),
    -- for a step-down: the referral or plan social care stepped down from
    stepped_down_from  varchar(20),
    origin             varchar(40) not null,
    started_on         date        not null,
    closed_on          date,
    closure            varchar(20),
    check (closed_on is null or closed_on >= started_on)
);
create index early_help_episode_fact_child on early_help_episode_fact (la_child_id, started_on);
create index early_help_episode_fact_started on early_help_episode_fact (started_on);

-- The front door's answer to each step-up Early Help asked for, keyed by the step-up's contact: accepted
-- when the contact became a referral.
create table step_up_fact (
    step_up_contact_id  varchar(20) primary key,
    eh_episode_id       varchar(20) not null,
    la_child_id         varchar(20) not null,
    decided_on          date        not null,
    accepted            boolean     not null
);
create index step_up_fact_decided on step_up_fact (decided_on);
