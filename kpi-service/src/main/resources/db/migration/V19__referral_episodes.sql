-- Each referral's episode of social care with the day it closed (null while open), derived from the
-- facts of its work (section 5 of docs/statutory-rules.md) and kept up to date as those facts arrive.
-- The children in need on a day are then one indexed read, instead of every referral's work being read
-- and judged again for every report. Filled for referrals recorded before this table existed when the
-- service starts (SocialCareEpisodes.recordMissingEpisodes).
create table referral_episode (
    referral_id    varchar(20) primary key,
    la_child_id    varchar(20) not null,
    referral_date  date        not null,
    closed_on      date
);
create index referral_episode_open on referral_episode (referral_date, closed_on) include (la_child_id);

-- Judging a referral's episode reads each stage's facts by referral: the two stages that had no index for it.
create index strategy_discussion_fact_referral on strategy_discussion_fact (referral_id);
create index cp_plan_fact_referral on cp_plan_fact (referral_id);
