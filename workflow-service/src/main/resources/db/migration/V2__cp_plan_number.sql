-- Child protection plans are known by readable ids (CPP-000042), as contacts and referrals are.
create sequence cp_plan_number start 1;
