-- Periods of care are known by readable ids (LAC-000042): a child who returns to care later has a new one.
create sequence looked_after_number start 1;
