-- The workforce's facts (features allocations and supervision), from the journey event feed. Like every fact they
-- keep their business dates, so that the measures of any past month can be computed again; each row is keyed by
-- its event, so a replay of the feed changes nothing. Who the workers are (team, service, case-holding, ASYE,
-- employment, FTE) is not a fact of the feed: it is read from the directory.

-- Every time a child's case was given to a worker: the assessment's allocation (SocialWorkerAllocated), a child
-- protection or child in need plan's lead worker and a period of care's social worker (CpPlanStarted,
-- CinPlanStarted, CareStarted, recorded by their own features), and a reallocation (CaseReallocated). A child's
-- latest allocation on or before a day names the worker who holds their case that day.
create table allocation_fact (
    event_id      uuid         primary key,
    -- the event's place in the feed: of two allocations of a child on one day, the later recorded stands
    position      bigint       not null,
    la_child_id   varchar(20)  not null,
    worker        varchar(100) not null,
    allocated_on  date         not null,
    -- the type of the event that allocated, for whoever reads the table
    allocated_by  varchar(40)  not null
);
create index allocation_fact_child on allocation_fact (la_child_id, allocated_on);
create index allocation_fact_allocated on allocation_fact (allocated_on);

-- Every time a worker's supervision journey started its clock (at its start, then from each session held): the
-- day it counts from and the due date it set (rule T21 in the worker's ASYE, the council's T22 otherwise).
create table supervision_due_fact (
    event_id      uuid         primary key,
    worker        varchar(100) not null,
    counted_from  date         not null,
    due_on        date         not null,
    timescale     varchar(4),
    check (due_on >= counted_from)
);
create index supervision_due_fact_due on supervision_due_fact (due_on);
create index supervision_due_fact_worker on supervision_due_fact (worker, counted_from);

-- Every supervision session held.
create table supervision_fact (
    event_id    uuid         primary key,
    worker      varchar(100) not null,
    supervisor  varchar(100) not null,
    held_on     date         not null,
    due_on      date
);
create index supervision_fact_worker on supervision_fact (worker, held_on);
