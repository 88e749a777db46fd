-- Child in need plans (CIN-000042) and Early Help episodes (EH-000042) are known by readable ids.
create sequence cin_plan_number start 1;
create sequence early_help_number start 1;
