-- The child protection measures of the report beyond the five the catalogue already holds (cp-count,
-- cp-rate, icpc-in-timescale, cp-visits-in-timescale, cp-reviews-in-timescale), placed among them in
-- Priority A in the order of a child's journey: enquiry, conference, plan. The reference report prints
-- no target for any of them, so they are context only (polarity NONE) until the council sets one here.
-- docs/statutory-rules.md section 5 defines each.
insert into measure (id, priority, display_order, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition) values
('s47-enquiries',           'A', 52, 'Section 47 enquiries started',                      'COUNT',   'NONE', null, null, null, 'Section 47 enquiries started in the month, each dated by the strategy discussion that initiated it (CIN census S47ActualStartDate).'),
('icpcs-held',              'A', 54, 'Initial child protection conferences held',         'COUNT',   'NONE', null, null, null, 'Initial child protection conferences held in the month, whatever they decided.'),
('cp-plans-started',        'A', 62, 'CP plans started',                                  'COUNT',   'NONE', null, null, null, 'Child protection plans starting in the month, on the date of the conference that decided on each; each plan counts.'),
('cp-plans-ended',          'A', 64, 'CP plans ended',                                    'COUNT',   'NONE', null, null, null, 'Child protection plans ending in the month, on the date of the review conference that ended each; each plan counts.'),
('cp-repeat-plans',         'A', 82, 'CP plans for a second or subsequent time % (in year)', 'PERCENT', 'NONE', null, null, null, 'Plans started in the financial year to date whose child had an earlier plan, however long before, over plans started in the year to date.'),
('cp-repeat-plans-2-years', 'A', 84, 'CP plans within 2 years of a previous plan % (in year)', 'PERCENT', 'NONE', null, null, null, 'Plans started in the financial year to date whose child had an earlier plan that ended within the 2 years before, over plans started in the year to date.'),
('cp-plans-ended-2-years',  'A', 86, 'CP plans ended after 2 years or more % (in year)',  'PERCENT', 'NONE', null, null, null, 'Plans ended in the financial year to date that had lasted 2 years or more, over plans ended in the year to date.'),
('cp-over-2-years',         'A', 88, 'Children on a CP plan for over 2 years',            'COUNT',   'NONE', null, null, null, 'Children on a child protection plan at the reporting date whose plan started more than 2 years before it (snapshot).');
