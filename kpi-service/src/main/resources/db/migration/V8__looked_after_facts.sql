-- Looked-after children (feature lookedafter), from the journey event feed: the periods of care, their
-- placements, visits (regulation 28) and reviews (regulation 33). Like every fact they keep their business
-- dates, so that the measures of any past month can be computed again; each row is keyed by its record or
-- its event, so a replay of the feed changes nothing. Only what the measures count is kept: not the
-- placement's postcode district, nor the team, social worker or reviewing officer.

-- One row per period of care (SSDA903 DECOM to DEC). It starts on the day the child started to be looked
-- after and ends on the day they stopped; a child who returns later has a new one. It sits in its
-- referral's episode of social care, when it has one.
create table cla_period_fact (
    cla_period_id        varchar(20) primary key,
    la_child_id          varchar(20) not null,
    referral_id          varchar(20),
    started_on           date        not null,
    -- the first review's due date as the journey set it (rule T17)
    first_review_due_on  date,
    entry_route          varchar(30) not null,
    -- SSDA903 LS, CIN and REC codes
    legal_status         varchar(4)  not null,
    category_of_need     varchar(4)  not null,
    ceased_on            date,
    reason_ceased        varchar(4),
    check (ceased_on is null or ceased_on >= started_on),
    check ((ceased_on is null) = (reason_ceased is null))
);
create index cla_period_fact_child on cla_period_fact (la_child_id, started_on);
create index cla_period_fact_started on cla_period_fact (started_on);
create index cla_period_fact_ceased on cla_period_fact (ceased_on);
create index cla_period_fact_referral on cla_period_fact (referral_id);

-- Every placement of a period: the first (from the period's start) and each change. A placement lasts until
-- the next of its period starts, or the period ends (view cla_placement).
create table cla_placement_fact (
    event_id        uuid        primary key,
    -- the event's place in the feed: of two placements starting the same day, the later recorded is the one the child is in
    position        bigint      not null,
    cla_period_id   varchar(20) not null references cla_period_fact (cla_period_id),
    started_on      date        not null,
    -- SSDA903 PLACE and PLACE_PROVIDER codes
    placement_type  varchar(4)  not null,
    provider        varchar(4)  not null,
    -- meant to last until the child is 18 (rule T14)
    until_eighteen  boolean     not null,
    emergency       boolean     not null,
    -- SSDA903 REASON_PLACE_CHANGE; null for the period's first placement
    change_reason   varchar(10),
    -- the first visit's due date as the journey set it (rule T12), given with a change of placement
    visit_due_on    date
);
create index cla_placement_fact_period on cla_placement_fact (cla_period_id, started_on);

-- Every statutory visit made, seen or not.
create table cla_visit_fact (
    event_id          uuid        primary key,
    cla_period_id     varchar(20) not null references cla_period_fact (cla_period_id),
    la_child_id       varchar(20) not null,
    visited_on        date        not null,
    due_on            date,
    child_seen        boolean     not null,
    child_seen_alone  boolean     not null
);
create index cla_visit_fact_period on cla_visit_fact (cla_period_id, visited_on);

-- Each time the journey started a period's visit clock again (from a visit, or from a placement's start),
-- counted from that day, and the due date it set then.
create table cla_visit_due_fact (
    event_id       uuid        primary key,
    cla_period_id  varchar(20) not null references cla_period_fact (cla_period_id),
    counted_from   date        not null,
    due_on         date        not null
);
create index cla_visit_due_fact_period on cla_visit_due_fact (cla_period_id, counted_from);

-- Every looked-after child's review held.
create table cla_review_fact (
    event_id       uuid        primary key,
    cla_period_id  varchar(20) not null references cla_period_fact (cla_period_id),
    la_child_id    varchar(20) not null,
    held_on        date        not null,
    due_on         date
);
create index cla_review_fact_period on cla_review_fact (cla_period_id, held_on);

-- Each placement with the day it ended (the next placement's start, or the period's end) and what its
-- visits are judged by: the child, the period's legal status, and the first visit's due date as the
-- journey set it, with the change of placement or as the visit clock counted from the placement's start.
create view cla_placement as
select pl.cla_period_id, c.la_child_id, c.legal_status, pl.started_on,
       least(lead(pl.started_on) over (partition by pl.cla_period_id order by pl.started_on, pl.position), c.ceased_on) as ended_on,
       pl.placement_type, pl.provider, pl.until_eighteen,
       coalesce(pl.visit_due_on, (select max(d.due_on) from cla_visit_due_fact d
                                  where d.cla_period_id = pl.cla_period_id and d.counted_from = pl.started_on)) as first_visit_due_on
from cla_placement_fact pl
join cla_period_fact c on c.cla_period_id = pl.cla_period_id;
