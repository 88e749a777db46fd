-- Two corrections found by an independent check against the reference report (docs/statutory-rules.md section 5).
--
-- Milestone ratings. The report rates "All open cases", "Children entering care" and "Children ceasing care",
-- which have no target of their own, against its milestones: where the year's milestones say the measure should
-- be on the reporting date. 42 children entering care by the end of June 2023 are amber because September's 60
-- (and March's 120) put June at 30; 58 ceasing care are green against June's 45 (September's 90); 1,966 open
-- cases are amber against September's 1,839. Those three rows are rated so, which needs the way that is good:
-- fewer open cases and fewer children entering care, more children leaving care (as the rates beside them).
alter table measure add column rated_against varchar(12) not null default 'TARGET'
    check (rated_against in ('TARGET', 'MILESTONES'));
-- a measure rated by its milestones has no target of its own to be confused with them
alter table measure add constraint measure_milestones_or_target check (rated_against = 'TARGET' or target is null);

update measure set polarity = 'LOW_GOOD', rated_against = 'MILESTONES',
                   definition = definition || ' Rated against its milestones: the point the year''s milestones set for the reporting date (held before the first and after the last); fewer is better.'
where id = 'all-open-cases';
update measure set polarity = 'LOW_GOOD', rated_against = 'MILESTONES',
                   definition = definition || ' Rated against its milestones: the point on the line from none on 1 April through the year''s milestones for the reporting date (60 by September is 30 by the end of June); fewer is better.'
where id = 'entering-care';
update measure set polarity = 'HIGH_GOOD', rated_against = 'MILESTONES',
                   definition = definition || ' Rated against its milestones: the point on the line from none on 1 April through the year''s milestones for the reporting date (90 by September is 45 by the end of June); more is better.'
where id = 'ceased-care';

-- Projected rates. The report projects a year-to-date count to the whole year by 12 over the months elapsed: its
-- referral rates 461, 547 and 667 (127, 301 and 551 referrals by the ends of April, May and June 2023) fit one
-- population that way, about 33,030, and none by days. That is now every projected rate's default, and days may
-- be asked for instead; the definitions say both.
update measure set definition = 'Referrals in the financial year to date, projected to the whole year, divided by the 0-17 population, times 10,000. Projected as the report does, times 12 over the months elapsed (the month in progress pro rata), unless days are asked for: times the days in the year over the days elapsed.'
where id = 'referral-rate';
update measure set definition = 'Children entering care in the financial year to date, projected to the whole year, divided by the 0-17 population, times 10,000. Projected as the report does, times 12 over the months elapsed (the month in progress pro rata), unless days are asked for: times the days in the year over the days elapsed.'
where id = 'entering-care-rate';
update measure set definition = 'Children ceasing care in the financial year to date, projected to the whole year, divided by the 0-17 population, times 10,000. Projected as the report does, times 12 over the months elapsed (the month in progress pro rata), unless days are asked for: times the days in the year over the days elapsed.'
where id = 'ceased-care-rate';
