-- The looked-after measures. Six of them were in the catalogue from the start, waiting for their journey
-- (cla-count, cla-rate, entering-care, entering-care-rate, ceased-care, ceased-care-rate): they keep their
-- rows, targets and tolerances (the reference report's: number and rate close to 550 and 166 within 500-600
-- and 136-181; the projected rate entering care 45 or lower, no band; the rate ceasing care 54 or higher,
-- no band), and are now defined as they are counted. The two annualised rates are annualised by 12 over
-- the months elapsed, the only projection that gives the report's figures (ceasing 120, 93 and 70 from 33,
-- 51 and 58 children in April, May and June 2023; entering 25, 35 and 51 from 7, 19 and 42). The report
-- prints no target for the counts entering and ceasing care (only milestones for September and March, which
-- the catalogue does not hold), so they stay context only.
--
-- The rest are new, placed in Priority C in the report's order: the visits and reviews of the children
-- looked after beside their number, the reasons for ceasing care after the children ceasing, then the
-- report's breakdowns of the placements. The report prints no target for any of them, so they are context
-- only (polarity NONE) until the council sets one here. The breakdowns are counts of the children looked
-- after (or ceasing care) whose result carries a breakdown by category. docs/statutory-rules.md section 5
-- defines each.
insert into measure (id, priority, display_order, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition) values
('cla-visits-in-timescale',   'C', 22, 'CLA visits in timescale %',                     'PERCENT', 'NONE', null, null, null, 'Children looked after at the reporting date whose next statutory visit is not overdue that day (within 1 week of a placement''s start, then 6 weeks, or 3 months after the first year of a placement meant to last until 18), over children looked after at the reporting date.'),
('cla-reviews-in-timescale',  'C', 24, 'CLA reviews in timescale %',                    'PERCENT', 'NONE', null, null, null, 'Children looked after at the reporting date for 20 working days or more whose reviews were all on time (20 working days, then 3 months, then every 6 months) and none is overdue, over those children.'),
('ceased-care-reasons',       'C', 65, 'Children ceasing care by reason (in year)',     'COUNT',   'NONE', null, null, null, 'Children ceasing care in the financial year to date, each child once, by reason: adopted; special guardianship or residence order; returned home; adulthood or independence; other.'),
('cla-by-placement-type',     'C', 70, 'Children looked after by placement type',       'COUNT',   'NONE', null, null, null, 'Children looked after at the reporting date (snapshot), by the SSDA903 type of the placement they were in that day.'),
('cla-by-placement-provider', 'C', 72, 'Children looked after by placement provider',   'COUNT',   'NONE', null, null, null, 'Children looked after at the reporting date (snapshot), by the SSDA903 provider of the placement they were in that day.'),
('cla-by-time-in-placement',  'C', 74, 'Children looked after by time in placement',    'COUNT',   'NONE', null, null, null, 'Children looked after at the reporting date (snapshot), by how long they had been in their current placement: 0-3 months, 3-6 months, 6-11 months, 1-2 years, over 2 years.');

update measure set definition = 'Children looked after at the reporting date (snapshot), each child once, excluding those looked after only under an agreed series of short-term breaks.'
where id = 'cla-count';
update measure set definition = 'Children looked after at the reporting date (excluding short breaks only) divided by the 0-17 population, times 10,000.'
where id = 'cla-rate';
update measure set definition = 'Children starting a period of care in the financial year to date, each child once however many periods, excluding those looked after only under short breaks.'
where id = 'entering-care';
update measure set definition = 'Children entering care in the financial year to date, annualised (times 12 over the months elapsed), divided by the 0-17 population, times 10,000.'
where id = 'entering-care-rate';
update measure set definition = 'Children whose period of care ended in the financial year to date, each child once however many periods, excluding those looked after only under short breaks.'
where id = 'ceased-care';
update measure set name = 'Rate ceasing care per 10,000 (annualised in year)',
                   definition = 'Children ceasing care in the financial year to date, annualised (times 12 over the months elapsed), divided by the 0-17 population, times 10,000.'
where id = 'ceased-care-rate';

-- Children looked after are children in need, as the CIN census counts them.
update measure set definition = 'Children with an open episode of children''s social care at the reporting date (snapshot), each child once, as the CIN census counts them: an open referral, a child in need plan, a child protection plan or looked after.'
where id = 'cin-count';
update measure set definition = 'Children open to Early Help or to children''s social care (an open referral, a child in need plan, a child protection plan or looked after) at the reporting date, each child once (snapshot).'
where id = 'all-open-cases';
