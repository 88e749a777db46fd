-- A team manager's allocation of a child's whole case to a worker, from a date (journey
-- case-allocation): every open journey of the child follows. Keyed by the event that recorded it, and
-- never updated: who holds the case now is read from these and the episodes' allocations as they
-- stand, so applying an event again changes nothing.
create table case_allocation (
    event_id         uuid        primary key,
    -- the event's feed position: of two allocations on one day, the one recorded later holds the case
    position         bigint      not null,
    la_child_id      varchar(20) not null references child,
    worker           varchar(64) not null,
    previous_worker  varchar(64),
    -- the new worker's team, which the child's record then opens to as one of the child's teams
    team             varchar(64),
    allocated_on     date        not null,
    reason           text
);
create index case_allocation_child on case_allocation (la_child_id, allocated_on, position);

-- An episode's allocations get their event's feed position too, so that a new allocation ends only
-- those recorded before it (reading an earlier one again must not end a later one), and two of one
-- day are ordered. Every allocation applied so far has its event's chronology entry, with the position.
alter table allocation add column position bigint;
update allocation a set position = c.position from chronology_entry c where c.event_id = a.allocation_event_id;
