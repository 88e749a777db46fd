-- The targets a council sets for later months beside the month's own target: the reference report's milestone
-- columns ("Sept-23", "Mar-24"), held as the month they are for (its first day). Like targets and tolerances they
-- are local choices, configuration rather than code: the demo holds the reference report's, to be changed here
-- without a release. Measures the report gives no milestone for have none. A month's RAG rating is judged against
-- the measure's target, not its milestones.
create table measure_milestone (
    measure_id  varchar(60) not null references measure (id),
    month       date        not null check (extract(day from month) = 1),
    target      numeric     not null,
    primary key (measure_id, month)
);

insert into measure_milestone (measure_id, month, target) values
('cin-count',                            '2023-09-01',  800), ('cin-count',                            '2024-03-01',  800),
('cin-rate',                             '2023-09-01',  242), ('cin-rate',                             '2024-03-01',  242),
('cin-visits-in-timescale',              '2023-09-01',   90), ('cin-visits-in-timescale',              '2024-03-01',   90),
('cp-count',                             '2023-09-01',  275), ('cp-count',                             '2024-03-01',  225),
('cp-rate',                              '2023-09-01',   83), ('cp-rate',                              '2024-03-01',   68),
('icpc-in-timescale',                    '2023-09-01',   95), ('icpc-in-timescale',                    '2024-03-01',   95),
('cp-visits-in-timescale',               '2023-09-01',   90), ('cp-visits-in-timescale',               '2024-03-01',   90),
('cp-reviews-in-timescale',              '2023-09-01',   97), ('cp-reviews-in-timescale',              '2024-03-01',   97),
('all-open-cases',                       '2023-09-01', 1839), ('all-open-cases',                       '2024-03-01', 1756),
('referrals',                            '2023-09-01',  185), ('referrals',                            '2024-03-01',  167),
('referral-rate',                        '2023-09-01',  672), ('referral-rate',                        '2024-03-01',  607),
('re-referral-rate',                     '2023-09-01',   25), ('re-referral-rate',                     '2024-03-01',   25),
('assessments-in-timescale',             '2023-09-01',   85), ('assessments-in-timescale',             '2024-03-01',   90),
('entering-care',                        '2023-09-01',   60), ('entering-care',                        '2024-03-01',  120),
('entering-care-rate',                   '2023-09-01',   45), ('entering-care-rate',                   '2024-03-01',   45),
('ceased-care',                          '2023-09-01',   90), ('ceased-care',                          '2024-03-01',  180),
('ceased-care-rate',                     '2023-09-01',   54), ('ceased-care-rate',                     '2024-03-01',   54),
('sw-caseload',                          '2023-09-01',   16), ('sw-caseload',                          '2024-03-01',   16),
('asye-caseload',                        '2023-09-01',   15), ('asye-caseload',                        '2024-03-01',   15),
('workforce-permanent',                  '2023-09-01',   70), ('workforce-permanent',                  '2024-03-01',   95),
('supervisions-in-timescale',            '2023-09-01',   90), ('supervisions-in-timescale',            '2024-03-01',   90),
('supervisions-assessment-safeguarding', '2023-09-01',   90), ('supervisions-assessment-safeguarding', '2024-03-01',   90),
('supervisions-children-in-care',        '2023-09-01',   90), ('supervisions-children-in-care',        '2024-03-01',   90),
('supervisions-childrens-disability',    '2023-09-01',   90), ('supervisions-childrens-disability',    '2024-03-01',   90),
('supervisions-new-futures',             '2023-09-01',   90), ('supervisions-new-futures',             '2024-03-01',   90);
