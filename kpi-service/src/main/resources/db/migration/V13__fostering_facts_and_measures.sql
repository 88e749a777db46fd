-- Foster carers (feature fostering), from the journey event feed: the carers approved and deregistered, each DBS
-- check (rule T27) and supervisory visit (T28) that fell due, and each visit made, for the report's fostering checks.
-- Like every fact they keep their business dates, so that the measures of any past month can be computed again; each
-- row is keyed by its carer or its event, so a replay of the feed changes nothing. Only what the measures count is
-- kept: not the household's name, nor who approved, visited or deregistered.

-- One row per carer household on the register, from its approval to its deregistration. The council never reuses a
-- carer's id, even after deregistration. Its supervising social worker (the carer's case worker) is the one the
-- approval named: the journey keeps them for the whole registration.
create table carer_fact (
    carer_id               varchar(40)  primary key,
    -- IN_HOUSE, or KINSHIP (a connected person)
    carer_type             varchar(10)  not null check (carer_type in ('IN_HOUSE', 'KINSHIP')),
    approved_on            date         not null,
    supervising_worker     varchar(100) not null,
    deregistered_on        date,
    deregistration_reason  varchar(40),
    check (deregistered_on is null or deregistered_on >= approved_on),
    check ((deregistered_on is null) = (deregistration_reason is null))
);
create index carer_fact_approved on carer_fact (approved_on);

-- Every time a carer's DBS check or supervisory visit fell due (at approval, then after each one recorded): the day
-- its clock counts from and the due date the journey set. last_done_on is the check or visit it counts from: so a DBS
-- check due is also the record of that check and its renewal date, and one with none (a carer approved with no check
-- recorded, due that day) says there was no check.
create table carer_work_due_fact (
    event_id      uuid         primary key,
    carer_id      varchar(40)  not null references carer_fact (carer_id),
    work          varchar(20)  not null check (work in ('DBS_CHECK', 'SUPERVISION_VISIT')),
    counted_from  date         not null,
    due_on        date         not null,
    last_done_on  date,
    check (due_on >= counted_from)
);
create index carer_work_due_fact_due on carer_work_due_fact (work, due_on);
create index carer_work_due_fact_carer on carer_work_due_fact (carer_id, work, last_done_on);

-- Every supervisory visit made to a carer by their supervising social worker.
create table carer_visit_fact (
    event_id    uuid         primary key,
    carer_id    varchar(40)  not null references carer_fact (carer_id),
    visited_on  date         not null
);
create index carer_visit_fact_carer on carer_visit_fact (carer_id, visited_on);

-- The report's fostering checks, in Priority D after the workforce's supervisions. The report prints no target,
-- tolerance or milestone for them, so they are context only until the council sets one. docs/statutory-rules.md
-- section 5 defines each.
insert into measure (id, priority, display_order, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition) values
('fostering-dbs-in-house',             'D',  50, 'In-house foster carers with DBS recorded %',                   'PERCENT', 'NONE', null, null, null, 'In-house foster carers approved at the reporting date (snapshot) whose DBS check is recorded and not past its renewal date that day (renewed every 3 years, rule T27), over the in-house foster carers approved at the reporting date. A carer approved with no check recorded has none until one is; a carer deregistered on the reporting date is no longer counted.'),
('fostering-dbs-kinship',              'D',  60, 'Kinship carers with DBS recorded %',                           'PERCENT', 'NONE', null, null, null, 'As in-house foster carers with DBS recorded, for kinship (connected person) carers.'),
('carer-supervision-in-house',         'D',  70, 'Supervision of in-house foster carers in timescale %',         'PERCENT', 'NONE', null, null, null, 'Supervisory visits to in-house foster carers that fell due in the month (the first counted from the approval, each next from the last visit made, at the council''s interval, rule T28), made by their due date, over the visits that fell due in the month. A visit still owed when the carer was deregistered did not fall due.'),
('carer-supervision-kinship',          'D',  80, 'Supervision of kinship carers in timescale %',                 'PERCENT', 'NONE', null, null, null, 'As supervision of in-house foster carers in timescale, for kinship (connected person) carers.'),
('carer-workers-supervision-in-house', 'D',  90, 'Supervision of in-house foster carers'' case workers %',       'PERCENT', 'NONE', null, null, null, 'Supervisions that fell due in the month (rule T21 in the worker''s ASYE, the council''s interval T22 otherwise), held by their due date, over the supervisions that fell due in the month, of the supervising social workers of the in-house foster carers approved at the reporting date.'),
('carer-workers-supervision-kinship',  'D', 100, 'Supervision of connected carers'' case workers %',             'PERCENT', 'NONE', null, null, null, 'As supervision of in-house foster carers'' case workers, for the supervising social workers of kinship (connected person) carers.');
