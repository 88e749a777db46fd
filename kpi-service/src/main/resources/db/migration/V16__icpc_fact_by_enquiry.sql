-- The work of each referral (SocialCareEpisodes) finds an enquiry's initial conference by its
-- referral and the day the enquiry started, once per enquiry: without this index that lookup
-- read the whole table each time, minutes for a large council's report (bench/RESULTS.md, P2).
create index icpc_fact_by_enquiry on icpc_fact (referral_id, s47_started_on);
