-- The main reason a child is in need (CIN census PrimaryNeedCode, N1-N8): given by the front door with
-- its decision to refer (kept on the referral's episode), and as the assessment found it (kept on the
-- assessment, which the census prefers). Referrals recorded before have none; the DfE rule 8610 says so.
alter table episode add column primary_need varchar(2);
alter table assessment add column primary_need varchar(2);
