-- Looked-after children's visits and reviews are measured as the report measures them, in the month: of the
-- visits (reviews) that fell due in the month, those made (held) by their due date. V9 defined them as a snapshot
-- of the children at the reporting date, as child protection visits and reviews are measured; they keep their
-- rows and place, with no target until the council sets one (the report prints none).
update measure set name = 'CLA visits in timescale % (in month)',
                   definition = 'Statutory visits to children looked after that fell due in the month (within 1 week of a placement''s start, then 6 weeks after the last visit in which the child was seen, or 3 months after the first year of a placement meant to last until 18), made by their due date, over the visits that fell due in the month. A visit that fell due while the child was no longer in the placement (moved, or left care) did not fall due. Short breaks only are left out.'
where id = 'cla-visits-in-timescale';
update measure set name = 'CLA reviews in timescale % (in month)',
                   definition = 'Reviews of children looked after that fell due in the month (the first 20 working days after the child became looked after, the second 3 months after the first, each later one 6 months after the one before, each counted from the day the one before was held), held by their due date, over the reviews that fell due in the month. Short breaks only are left out.'
where id = 'cla-reviews-in-timescale';

-- The workforce measures of Priority D. Four were in the catalogue from the start, waiting for their journeys
-- (sw-caseload, asye-caseload, workforce-permanent, supervisions-in-timescale): they keep their rows, targets and
-- tolerances (the reference report's: average caseload 16 or lower, ASYE caseload 15 or lower, 70% permanent or
-- more, supervisions 90% or more with a lower tolerance of 85) and are now defined as they are counted. The average
-- caseloads are weighted by full-time equivalent; the share permanent is by headcount.
--
-- The rest are new: the workers holding over 25 cases (the report's narrative, "7 workers held over 25 cases"; a
-- count with no target, context only) after the caseloads, and supervisions in timescale for each service the
-- report shows, with the same target and tolerance as for all services. docs/statutory-rules.md section 5 defines
-- each.
update measure set definition = 'Children held by case-holding social workers at the reporting date (snapshot: the child''s latest allocation on or before it names the worker, and the child''s case is open in social care: an open referral, a child in need or child protection plan, or looked after), divided by the sum of those workers'' full-time equivalent (FTE-weighted: a half-time worker counts as half a worker).'
where id = 'sw-caseload';
update measure set definition = 'As the average social worker caseload, over the case-holding social workers in their assessed and supported year in employment (the 12 months from its start) at the reporting date: the children they hold divided by the sum of their full-time equivalent.'
where id = 'asye-caseload';
update measure set definition = 'Case-holding social workers employed by the council (not through an agency), over all case-holding social workers, by headcount (each worker counts once whatever their full-time equivalent), as the directory holds them.'
where id = 'workforce-permanent';
update measure set name = 'Supervisions in timescale %, all services',
                   definition = 'Supervisions of workers that fell due in the month (rule T21 in the worker''s ASYE, the council''s interval T22 otherwise, each counted from the last session held), held by their due date, over the supervisions that fell due in the month; every service.'
where id = 'supervisions-in-timescale';

insert into measure (id, priority, display_order, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition) values
('workers-over-25-cases',                'D', 25, 'Workers holding over 25 cases',                                    'COUNT',   'NONE',      null, null, null, 'Case-holding social workers holding more than 25 children at the reporting date (snapshot), counted as the average caseload counts them.'),
('supervisions-assessment-safeguarding', 'D', 42, 'Supervisions in timescale %, assessment and safeguarding service', 'PERCENT', 'HIGH_GOOD',   90,   85, null, 'As supervisions in timescale, for the workers of the assessment and safeguarding service.'),
('supervisions-children-in-care',        'D', 44, 'Supervisions in timescale %, children in care service',            'PERCENT', 'HIGH_GOOD',   90,   85, null, 'As supervisions in timescale, for the workers of the children in care service.'),
('supervisions-childrens-disability',    'D', 46, 'Supervisions in timescale %, children''s disability service',      'PERCENT', 'HIGH_GOOD',   90,   85, null, 'As supervisions in timescale, for the workers of the children''s disability service.'),
('supervisions-new-futures',             'D', 48, 'Supervisions in timescale %, New Futures service',                 'PERCENT', 'HIGH_GOOD',   90,   85, null, 'As supervisions in timescale, for the workers of the New Futures service.');
