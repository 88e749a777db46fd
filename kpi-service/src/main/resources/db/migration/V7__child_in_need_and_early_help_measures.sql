-- The child in need and Early Help measures. Five of them were in the catalogue from the start, waiting
-- for their journeys (cin-count, cin-rate, cin-visits-in-timescale, early-help-open, all-open-cases): they
-- keep their rows, targets and tolerances (the reference report's), and two of them are now defined as
-- they are counted. The rest are new, placed in their priority in the order of a child's journey: in
-- Priority A the children on a child in need plan beside the children in need; in Priority B the share of
-- the front door's decisions that open a referral beside the share to Early Help, then the moves between
-- Early Help and social care after the assessments. The reference report prints no target for any of the
-- new ones (the share of contacts leading to a referral is only in its narrative), so they are context only
-- (polarity NONE) until the council sets one here. docs/statutory-rules.md section 5 defines each.
insert into measure (id, priority, display_order, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition) values
('cin-plan-count',                  'A', 25, 'Number of children on a child in need plan',   'COUNT',   'NONE', null, null, null, 'Children on a child in need plan at the reporting date, each child once (snapshot): the narrower count many dashboards call children in need.'),
('contacts-to-referral',            'B', 65, '% contacts leading to a referral',             'PERCENT', 'NONE', null, null, null, 'Contacts decided in the month whose decision opened a referral (a referral, or an immediate strategy discussion), over contacts decided in the month.'),
('step-ups-to-social-care',         'B', 90, 'Step-ups from Early Help to social care',      'COUNT',   'NONE', null, null, null, 'Step-ups from Early Help that the front door accepted in the month, on the day it decided; each step-up counts.'),
('step-downs-to-early-help',        'B', 92, 'Step-downs from social care to Early Help',    'COUNT',   'NONE', null, null, null, 'Early Help episodes started in the month by a step-down from social care (an assessment, a section 47 enquiry, a child in need or child protection plan); each episode counts.'),
('early-help-re-presentation-rate', 'B', 94, 'Early Help re-presentations within 12 months % (rolling 12 months)', 'PERCENT', 'NONE', null, null, null, 'Early Help episodes started in the 12 months to the reporting date whose child had another Early Help episode that closed within the 12 months before the start, over Early Help episodes started in those 12 months.');

update measure set definition = 'Children with an open episode of children''s social care at the reporting date (snapshot), each child once, as the CIN census counts them: an open referral, a child in need plan or a child protection plan.'
where id = 'cin-count';
update measure set definition = 'Children open to Early Help or to children''s social care (an open referral, a child in need plan or a child protection plan) at the reporting date, each child once (snapshot).'
where id = 'all-open-cases';
