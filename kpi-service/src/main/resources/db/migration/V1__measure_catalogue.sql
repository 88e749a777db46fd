-- The measures of the monthly improvement-plan report, with the local targets and tolerances
-- that RAG ratings are judged against. Definitions follow research/statutory-kpis.md §2.2;
-- targets and tolerances are local choices (the demo uses those of the reference report) and
-- may be changed here without a release.
create table measure (
    id               varchar(60) primary key,
    priority         char(1)      not null check (priority in ('A', 'B', 'C', 'D')),
    display_order    int          not null,
    name             varchar(120) not null,
    unit             varchar(20)  not null check (unit in ('COUNT', 'PERCENT', 'RATE_PER_10K', 'AVERAGE')),
    -- HIGH_GOOD, LOW_GOOD, CLOSE_TO_TARGET (a range is good) or NONE (context only)
    polarity         varchar(20)  not null check (polarity in ('HIGH_GOOD', 'LOW_GOOD', 'CLOSE_TO_TARGET', 'NONE')),
    target           numeric,
    tolerance_lower  numeric,
    tolerance_upper  numeric,
    definition       text         not null
);

insert into measure (id, priority, display_order, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition) values
('cin-count',                 'A', 10, 'Number of children in need',                'COUNT',        'CLOSE_TO_TARGET', 800, 720, 880, 'Children with an open CIN episode at the reporting date (snapshot).'),
('cin-rate',                  'A', 20, 'Rate of children in need per 10,000',       'RATE_PER_10K', 'CLOSE_TO_TARGET', 242, 218, 266, 'Number of children in need divided by the 0-17 population, times 10,000.'),
('cin-visits-in-timescale',   'A', 30, 'CIN visits in timescale %',                 'PERCENT',      'HIGH_GOOD',        90,  85, null, 'Children on a CIN plan whose last visit (or plan start) is within the local interval of the reporting date, over children on a CIN plan.'),
('cp-count',                  'A', 40, 'Number of children on a CP plan',           'COUNT',        'CLOSE_TO_TARGET', 275, 250, 300, 'Children with an open child protection plan at the reporting date (snapshot).'),
('cp-rate',                   'A', 50, 'Rate of CP plans per 10,000',               'RATE_PER_10K', 'CLOSE_TO_TARGET',  83,  76,  91, 'Children on a CP plan divided by the 0-17 population, times 10,000.'),
('icpc-in-timescale',         'A', 60, 'ICPC in timescale %',                       'PERCENT',      'HIGH_GOOD',        95, null, null, 'ICPCs held in the period within 15 working days of the strategy discussion that started the section 47 enquiry, over ICPCs held.'),
('cp-visits-in-timescale',    'A', 70, 'CP visits in timescale %',                  'PERCENT',      'HIGH_GOOD',        90,  85, null, 'Children on a CP plan whose last visit (or plan start) is within the local interval of the reporting date, over children on a CP plan.'),
('cp-reviews-in-timescale',   'A', 80, 'CP reviews in timescale %',                 'PERCENT',      'HIGH_GOOD',        96, null, null, 'Children on a CP plan for 3 months or more whose reviews were all on time, over those children.'),
('early-help-open',           'B', 10, 'Cases open to Early Help',                  'COUNT',        'NONE',           null, null, null, 'Children with an open Early Help episode at the reporting date.'),
('all-open-cases',            'B', 20, 'All open cases',                            'COUNT',        'NONE',           null, null, null, 'Children open to children''s social care at the reporting date.'),
('contacts',                  'B', 30, 'Contacts to the front door',                'COUNT',        'CLOSE_TO_TARGET', null, 800, 1200, 'Contacts received in the month (each contact counts, not each child).'),
('referrals',                 'B', 40, 'Number of referrals',                       'COUNT',        'LOW_GOOD',        185, null, null, 'Referrals with a referral date in the month (each referral counts).'),
('referral-rate',             'B', 50, 'Rate of referrals per 10,000 (projected in year)', 'RATE_PER_10K', 'LOW_GOOD', 672, null, null, 'Referrals in the financial year to date, annualised (times days in year over days elapsed), divided by the 0-17 population, times 10,000.'),
('contacts-to-early-help',    'B', 60, '% contacts to Early Help',                  'PERCENT',      'NONE',           null, null, null, 'Contacts in the month with the outcome Early Help, over contacts in the month with an outcome.'),
('re-referral-rate',          'B', 70, 'Re-referrals within 12 months % (in year)', 'PERCENT',      'LOW_GOOD',         25, null,  28, 'Referrals in the financial year to date whose child had another referral in the 12 months before, over referrals in the year to date.'),
('assessments-in-timescale',  'B', 80, 'Assessments in 45 working days % (in year)', 'PERCENT',     'HIGH_GOOD',        85,  75, null, 'Assessments authorised in the financial year to date within 45 working days of the referral, over assessments authorised in the year to date.'),
('cla-count',                 'C', 10, 'Number of children looked after',           'COUNT',        'CLOSE_TO_TARGET', 550, 500, 600, 'Children looked after at the reporting date, excluding short breaks only.'),
('cla-rate',                  'C', 20, 'Rate of children looked after per 10,000',  'RATE_PER_10K', 'CLOSE_TO_TARGET', 166, 136, 181, 'Children looked after divided by the 0-17 population, times 10,000.'),
('entering-care',             'C', 30, 'Children entering care (in year)',          'COUNT',        'NONE',           null, null, null, 'Children starting to be looked after in the financial year to date, each child once.'),
('entering-care-rate',        'C', 40, 'Projected annual rate entering care per 10,000', 'RATE_PER_10K', 'LOW_GOOD',   45, null, null, 'Children entering care in the year to date, annualised, divided by the 0-17 population, times 10,000.'),
('ceased-care',               'C', 50, 'Children ceasing care (in year)',           'COUNT',        'NONE',           null, null, null, 'Children ceasing to be looked after in the financial year to date, each child once.'),
('ceased-care-rate',          'C', 60, 'Rate ceasing care per 10,000',              'RATE_PER_10K', 'HIGH_GOOD',        54, null, null, 'Children ceasing care in the year to date divided by the 0-17 population, times 10,000.'),
('sw-caseload',               'D', 10, 'Average social worker caseload',            'AVERAGE',      'LOW_GOOD',         16, null, null, 'Cases held by case-holding social workers at the reporting date, over their full-time equivalent.'),
('asye-caseload',             'D', 20, 'Average ASYE caseload',                     'AVERAGE',      'LOW_GOOD',         15, null, null, 'Cases held by social workers in their assessed and supported year, over their full-time equivalent.'),
('workforce-permanent',       'D', 30, '% of case-holding workforce permanent',     'PERCENT',      'HIGH_GOOD',        70, null, null, 'Employed social worker FTE over employed and agency social worker FTE at the reporting date.'),
('supervisions-in-timescale', 'D', 40, 'Supervisions in timescale %',               'PERCENT',      'HIGH_GOOD',        90,  85, null, 'Workers whose last supervision is within their interval at the reporting date, over workers in scope.');
