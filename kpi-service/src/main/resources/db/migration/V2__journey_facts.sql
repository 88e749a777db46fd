-- Facts from the journey event feed. They keep every date, so that the measures of any past month
-- can be computed again exactly; measures themselves are never stored.

create table contact_fact (
    contact_id   varchar(20) primary key,
    la_child_id  varchar(20) not null,
    received_on  date        not null,
    outcome      varchar(30),
    decided_on   date
);
create index contact_fact_received on contact_fact (received_on);

-- One row per referral (CIN census CINreferralDate); each referral counts, not each child.
create table referral_fact (
    referral_id    varchar(20) primary key,
    la_child_id    varchar(20) not null,
    referral_date  date        not null
);
create index referral_fact_date on referral_fact (referral_date);
create index referral_fact_child on referral_fact (la_child_id, referral_date);

create table assessment_fact (
    referral_id    varchar(20) primary key,
    la_child_id    varchar(20) not null,
    started_on     date,
    authorised_on  date        not null,
    outcome        varchar(40)
);
create index assessment_fact_authorised on assessment_fact (authorised_on);

-- The ONS mid-year estimate of the 0-17 population that rates per 10,000 are judged against,
-- one per year; a financial year uses the estimate of the year it starts in, or the latest before.
create table child_population (
    mid_year    int     primary key,
    population  int     not null check (population > 0),
    source      text    not null
);
-- Demo values: the population implied by the reference report's rates (CiN 807 = 244 per 10,000).
insert into child_population (mid_year, population, source)
select year, 33100, 'Demo value implied by the reference improvement-plan report; replace with the ONS mid-year estimate'
from generate_series(2018, 2030) as year;

-- How far this service has read the journey event feed; moved in the same transaction as the facts.
create table feed_cursor (
    consumer  varchar(60) primary key,
    position  bigint      not null
);
